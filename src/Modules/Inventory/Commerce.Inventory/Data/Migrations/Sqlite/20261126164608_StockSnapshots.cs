using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Inventory.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StockSnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inventory_stock_snapshots",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    location_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    taken_at = table.Column<long>(type: "INTEGER", nullable: false),
                    received_at = table.Column<long>(type: "INTEGER", nullable: false),
                    reported_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    items = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inventory_stock_snapshots", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inventory_snapshot_differences",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    snapshot_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ours = table.Column<int>(type: "INTEGER", nullable: false),
                    theirs = table.Column<int>(type: "INTEGER", nullable: false),
                    adjusted = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inventory_snapshot_differences", x => x.id);
                    table.ForeignKey(
                        name: "fk_inventory_snapshot_differences_stock_snapshots_snapshot_id",
                        column: x => x.snapshot_id,
                        principalTable: "inventory_stock_snapshots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_inventory_snapshot_differences_snapshot_id",
                table: "inventory_snapshot_differences",
                column: "snapshot_id");

            migrationBuilder.CreateIndex(
                name: "ix_inventory_stock_snapshots_location_id_taken_at",
                table: "inventory_stock_snapshots",
                columns: new[] { "location_id", "taken_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inventory_snapshot_differences");

            migrationBuilder.DropTable(
                name: "inventory_stock_snapshots");
        }
    }
}
