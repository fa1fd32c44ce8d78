using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Orders.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "orders_audit_log",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    entity = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    entity_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    change = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    changes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orders_audit_log", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "orders_orders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    external_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    customer_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    customer_email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    customer_phone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ship_to_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ship_to_line1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ship_to_line2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ship_to_city = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ship_to_region = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ship_to_postal_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ship_to_country_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    service_level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    total = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    placed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    allocation_version = table.Column<int>(type: "INTEGER", nullable: false),
                    cancellation_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orders_orders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "orders_order_lines",
                columns: table => new
                {
                    order_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    line_number = table.Column<int>(type: "INTEGER", nullable: false),
                    sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    unit_price = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    allocated = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orders_order_lines", x => new { x.order_id, x.line_number });
                    table.ForeignKey(
                        name: "fk_orders_order_lines_orders_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "orders_order_status_history",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    order_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    from = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    to = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orders_order_status_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_orders_order_status_history_orders_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_orders_audit_log_entity_entity_id",
                table: "orders_audit_log",
                columns: new[] { "entity", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_orders_order_lines_sku",
                table: "orders_order_lines",
                column: "sku");

            migrationBuilder.CreateIndex(
                name: "ix_orders_order_status_history_order_id",
                table: "orders_order_status_history",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_orders_channel_external_id",
                table: "orders_orders",
                columns: new[] { "channel", "external_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_orders_orders_customer_email",
                table: "orders_orders",
                column: "customer_email");

            migrationBuilder.CreateIndex(
                name: "ix_orders_orders_placed_at",
                table: "orders_orders",
                column: "placed_at");

            migrationBuilder.CreateIndex(
                name: "ix_orders_orders_status_placed_at",
                table: "orders_orders",
                columns: new[] { "status", "placed_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "orders_audit_log");

            migrationBuilder.DropTable(
                name: "orders_order_lines");

            migrationBuilder.DropTable(
                name: "orders_order_status_history");

            migrationBuilder.DropTable(
                name: "orders_orders");
        }
    }
}
