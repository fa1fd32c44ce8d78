using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Orders.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrderRefunds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "orders_order_refunds",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    origin = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    request_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    channel_refund_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orders_order_refunds", x => x.id);
                    table.ForeignKey(
                        name: "fk_orders_order_refunds_orders_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "orders_order_refund_lines",
                columns: table => new
                {
                    refund_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    line_number = table.Column<int>(type: "INTEGER", nullable: false),
                    sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orders_order_refund_lines", x => new { x.refund_id, x.line_number });
                    table.ForeignKey(
                        name: "fk_orders_order_refund_lines_orders_order_refunds_refund_id",
                        column: x => x.refund_id,
                        principalTable: "orders_order_refunds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_orders_order_refunds_order_id_channel_refund_id",
                table: "orders_order_refunds",
                columns: new[] { "order_id", "channel_refund_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_orders_order_refunds_order_id_request_key",
                table: "orders_order_refunds",
                columns: new[] { "order_id", "request_key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "orders_order_refund_lines");

            migrationBuilder.DropTable(
                name: "orders_order_refunds");
        }
    }
}
