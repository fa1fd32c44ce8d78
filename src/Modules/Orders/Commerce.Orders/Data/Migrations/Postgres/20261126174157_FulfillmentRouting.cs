using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Commerce.Orders.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FulfillmentRouting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "order_shipments",
                schema: "orders");

            migrationBuilder.DropColumn(
                name: "ship_from",
                schema: "orders",
                table: "orders");

            migrationBuilder.AddColumn<string>(
                name: "hold_reason",
                schema: "orders",
                table: "orders",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "dropshipped",
                schema: "orders",
                table: "order_lines",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "fulfillment_sources",
                schema: "orders",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    location = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    partner = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    shipment_cost = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fulfillment_sources", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "fulfillments",
                schema: "orders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    source = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    location = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    partner = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    request_attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    partner_reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    confirmation_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    carrier = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    tracking_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    tracking_url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    shipped_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    delivered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fulfillments", x => x.id);
                    table.ForeignKey(
                        name: "fk_fulfillments_orders_order_id",
                        column: x => x.order_id,
                        principalSchema: "orders",
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "routing_decisions",
                schema: "orders",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    line_number = table.Column<int>(type: "integer", nullable: false),
                    sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    source = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    backordered = table.Column<bool>(type: "boolean", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_routing_decisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_routing_decisions_orders_order_id",
                        column: x => x.order_id,
                        principalSchema: "orders",
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "routing_rules",
                schema: "orders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    enabled = table.Column<bool>(type: "boolean", nullable: false),
                    skus = table.Column<List<string>>(type: "text[]", nullable: false),
                    categories = table.Column<List<string>>(type: "text[]", nullable: false),
                    destinations = table.Column<List<string>>(type: "text[]", nullable: false),
                    channels = table.Column<List<string>>(type: "text[]", nullable: false),
                    sources = table.Column<List<string>>(type: "text[]", nullable: false),
                    strategy = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    allow_split = table.Column<bool>(type: "boolean", nullable: false),
                    allow_backorder = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_routing_rules", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "fulfillment_source_zones",
                schema: "orders",
                columns: table => new
                {
                    Destination = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Source = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Zone = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fulfillment_source_zones", x => new { x.Source, x.Destination });
                    table.ForeignKey(
                        name: "FK_fulfillment_source_zones_fulfillment_sources_Source",
                        column: x => x.Source,
                        principalSchema: "orders",
                        principalTable: "fulfillment_sources",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supplier_items",
                schema: "orders",
                columns: table => new
                {
                    source = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    supplier_sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    unit_cost = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    lead_time_days = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supplier_items", x => new { x.source, x.sku });
                    table.ForeignKey(
                        name: "fk_supplier_items_fulfillment_sources_source",
                        column: x => x.source,
                        principalSchema: "orders",
                        principalTable: "fulfillment_sources",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "fulfillment_lines",
                schema: "orders",
                columns: table => new
                {
                    fulfillment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    line_number = table.Column<int>(type: "integer", nullable: false),
                    sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    unit_cost = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fulfillment_lines", x => new { x.fulfillment_id, x.line_number });
                    table.ForeignKey(
                        name: "fk_fulfillment_lines_fulfillments_fulfillment_id",
                        column: x => x.fulfillment_id,
                        principalSchema: "orders",
                        principalTable: "fulfillments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_fulfillment_sources_location",
                schema: "orders",
                table: "fulfillment_sources",
                column: "location",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_fulfillments_kind_status",
                schema: "orders",
                table: "fulfillments",
                columns: new[] { "kind", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_fulfillments_order_id",
                schema: "orders",
                table: "fulfillments",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_routing_decisions_order_id",
                schema: "orders",
                table: "routing_decisions",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_routing_rules_position",
                schema: "orders",
                table: "routing_rules",
                column: "position");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "fulfillment_lines",
                schema: "orders");

            migrationBuilder.DropTable(
                name: "fulfillment_source_zones",
                schema: "orders");

            migrationBuilder.DropTable(
                name: "routing_decisions",
                schema: "orders");

            migrationBuilder.DropTable(
                name: "routing_rules",
                schema: "orders");

            migrationBuilder.DropTable(
                name: "supplier_items",
                schema: "orders");

            migrationBuilder.DropTable(
                name: "fulfillments",
                schema: "orders");

            migrationBuilder.DropTable(
                name: "fulfillment_sources",
                schema: "orders");

            migrationBuilder.DropColumn(
                name: "hold_reason",
                schema: "orders",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "dropshipped",
                schema: "orders",
                table: "order_lines");

            migrationBuilder.AddColumn<string>(
                name: "ship_from",
                schema: "orders",
                table: "orders",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "order_shipments",
                schema: "orders",
                columns: table => new
                {
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    location = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    delivered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    shipped_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_shipments", x => new { x.order_id, x.location });
                    table.ForeignKey(
                        name: "fk_order_shipments_orders_order_id",
                        column: x => x.order_id,
                        principalSchema: "orders",
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }
    }
}
