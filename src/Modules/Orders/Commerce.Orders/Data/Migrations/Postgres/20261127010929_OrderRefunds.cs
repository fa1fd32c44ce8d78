using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Orders.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OrderRefunds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "order_refunds",
                schema: "orders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    origin = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    request_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    channel_refund_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_refunds", x => x.id);
                    table.ForeignKey(
                        name: "fk_order_refunds_orders_order_id",
                        column: x => x.order_id,
                        principalSchema: "orders",
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "order_refund_lines",
                schema: "orders",
                columns: table => new
                {
                    refund_id = table.Column<Guid>(type: "uuid", nullable: false),
                    line_number = table.Column<int>(type: "integer", nullable: false),
                    sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_refund_lines", x => new { x.refund_id, x.line_number });
                    table.ForeignKey(
                        name: "fk_order_refund_lines_order_refunds_refund_id",
                        column: x => x.refund_id,
                        principalSchema: "orders",
                        principalTable: "order_refunds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_order_refunds_order_id_channel_refund_id",
                schema: "orders",
                table: "order_refunds",
                columns: new[] { "order_id", "channel_refund_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_order_refunds_order_id_request_key",
                schema: "orders",
                table: "order_refunds",
                columns: new[] { "order_id", "request_key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "order_refund_lines",
                schema: "orders");

            migrationBuilder.DropTable(
                name: "order_refunds",
                schema: "orders");
        }
    }
}
