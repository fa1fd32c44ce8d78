using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Storefronts.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CancellationPushesAndLineChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "line_changes",
                schema: "storefronts",
                table: "store_orders",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "cancellation_pushes",
                schema: "storefronts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    store_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    external_order_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cancellation_pushes", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_cancellation_pushes_order_id",
                schema: "storefronts",
                table: "cancellation_pushes",
                column: "order_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cancellation_pushes_store_id_external_order_id",
                schema: "storefronts",
                table: "cancellation_pushes",
                columns: new[] { "store_id", "external_order_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cancellation_pushes",
                schema: "storefronts");

            migrationBuilder.DropColumn(
                name: "line_changes",
                schema: "storefronts",
                table: "store_orders");
        }
    }
}
