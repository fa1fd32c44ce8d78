using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Inventory.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InventoryControl : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "lead_time_days",
                table: "inventory_skus",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "inventory_reorder_alerts",
                columns: table => new
                {
                    stock_level_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    below = table.Column<bool>(type: "INTEGER", nullable: false),
                    changed_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inventory_reorder_alerts", x => x.stock_level_id);
                    table.ForeignKey(
                        name: "fk_inventory_reorder_alerts_stock_levels_stock_level_id",
                        column: x => x.stock_level_id,
                        principalTable: "inventory_stock_levels",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inventory_sku_classes",
                columns: table => new
                {
                    sku_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    @class = table.Column<string>(name: "class", type: "TEXT", maxLength: 1, nullable: false),
                    annual_value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    cumulative_share = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: false),
                    computed_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inventory_sku_classes", x => x.sku_id);
                    table.ForeignKey(
                        name: "fk_inventory_sku_classes_inventory_skus_sku_id",
                        column: x => x.sku_id,
                        principalTable: "inventory_skus",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inventory_reorder_alerts");

            migrationBuilder.DropTable(
                name: "inventory_sku_classes");

            migrationBuilder.DropColumn(
                name: "lead_time_days",
                table: "inventory_skus");
        }
    }
}
