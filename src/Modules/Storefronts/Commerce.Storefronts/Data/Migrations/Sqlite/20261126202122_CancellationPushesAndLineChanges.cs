using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Storefronts.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CancellationPushesAndLineChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "line_changes",
                table: "storefronts_store_orders",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "storefronts_cancellation_pushes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    store_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    order_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    external_order_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    finished_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_storefronts_cancellation_pushes", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_storefronts_cancellation_pushes_order_id",
                table: "storefronts_cancellation_pushes",
                column: "order_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_storefronts_cancellation_pushes_store_id_external_order_id",
                table: "storefronts_cancellation_pushes",
                columns: new[] { "store_id", "external_order_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "storefronts_cancellation_pushes");

            migrationBuilder.DropColumn(
                name: "line_changes",
                table: "storefronts_store_orders");
        }
    }
}
