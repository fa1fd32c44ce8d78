using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Orders.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FulfillmentRouting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "orders_order_shipments");

            migrationBuilder.DropColumn(
                name: "ship_from",
                table: "orders_orders");

            migrationBuilder.AddColumn<string>(
                name: "hold_reason",
                table: "orders_orders",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "dropshipped",
                table: "orders_order_lines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "orders_fulfillment_sources",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    location = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    partner = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    shipment_cost = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orders_fulfillment_sources", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "orders_fulfillments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    location = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    partner = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    requested_at = table.Column<long>(type: "INTEGER", nullable: true),
                    request_attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    partner_reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    confirmation_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    carrier = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    tracking_number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    tracking_url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    shipped_at = table.Column<long>(type: "INTEGER", nullable: true),
                    delivered_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orders_fulfillments", x => x.id);
                    table.ForeignKey(
                        name: "fk_orders_fulfillments_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "orders_routing_decisions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    order_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    line_number = table.Column<int>(type: "INTEGER", nullable: false),
                    sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    backordered = table.Column<bool>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orders_routing_decisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_orders_routing_decisions_orders_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "orders_routing_rules",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    skus = table.Column<string>(type: "TEXT", nullable: false),
                    categories = table.Column<string>(type: "TEXT", nullable: false),
                    destinations = table.Column<string>(type: "TEXT", nullable: false),
                    channels = table.Column<string>(type: "TEXT", nullable: false),
                    sources = table.Column<string>(type: "TEXT", nullable: false),
                    strategy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    allow_split = table.Column<bool>(type: "INTEGER", nullable: false),
                    allow_backorder = table.Column<bool>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orders_routing_rules", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "fulfillment_source_zones",
                columns: table => new
                {
                    Destination = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Zone = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fulfillment_source_zones", x => new { x.Source, x.Destination });
                    table.ForeignKey(
                        name: "FK_fulfillment_source_zones_orders_fulfillment_sources_Source",
                        column: x => x.Source,
                        principalTable: "orders_fulfillment_sources",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "orders_supplier_items",
                columns: table => new
                {
                    source = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    supplier_sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    unit_cost = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    lead_time_days = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orders_supplier_items", x => new { x.source, x.sku });
                    table.ForeignKey(
                        name: "fk_orders_supplier_items_orders_fulfillment_sources_source",
                        column: x => x.source,
                        principalTable: "orders_fulfillment_sources",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "orders_fulfillment_lines",
                columns: table => new
                {
                    fulfillment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    line_number = table.Column<int>(type: "INTEGER", nullable: false),
                    sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    unit_cost = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orders_fulfillment_lines", x => new { x.fulfillment_id, x.line_number });
                    table.ForeignKey(
                        name: "fk_orders_fulfillment_lines_orders_fulfillments_fulfillment_id",
                        column: x => x.fulfillment_id,
                        principalTable: "orders_fulfillments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_orders_fulfillment_sources_location",
                table: "orders_fulfillment_sources",
                column: "location",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_orders_fulfillments_kind_status",
                table: "orders_fulfillments",
                columns: new[] { "kind", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_orders_fulfillments_order_id",
                table: "orders_fulfillments",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_routing_decisions_order_id",
                table: "orders_routing_decisions",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_routing_rules_position",
                table: "orders_routing_rules",
                column: "position");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "fulfillment_source_zones");

            migrationBuilder.DropTable(
                name: "orders_fulfillment_lines");

            migrationBuilder.DropTable(
                name: "orders_routing_decisions");

            migrationBuilder.DropTable(
                name: "orders_routing_rules");

            migrationBuilder.DropTable(
                name: "orders_supplier_items");

            migrationBuilder.DropTable(
                name: "orders_fulfillments");

            migrationBuilder.DropTable(
                name: "orders_fulfillment_sources");

            migrationBuilder.DropColumn(
                name: "hold_reason",
                table: "orders_orders");

            migrationBuilder.DropColumn(
                name: "dropshipped",
                table: "orders_order_lines");

            migrationBuilder.AddColumn<string>(
                name: "ship_from",
                table: "orders_orders",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "orders_order_shipments",
                columns: table => new
                {
                    order_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    location = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    delivered_at = table.Column<long>(type: "INTEGER", nullable: true),
                    shipped_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orders_order_shipments", x => new { x.order_id, x.location });
                    table.ForeignKey(
                        name: "fk_orders_order_shipments_orders_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }
    }
}
