using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Storefronts.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RefundPushes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "storefronts_refund_pushes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    refund_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    store_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    external_order_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    finished_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_storefronts_refund_pushes", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_storefronts_refund_pushes_refund_id",
                table: "storefronts_refund_pushes",
                column: "refund_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_storefronts_refund_pushes_store_id_external_order_id",
                table: "storefronts_refund_pushes",
                columns: new[] { "store_id", "external_order_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "storefronts_refund_pushes");
        }
    }
}
