using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Inventory.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InventoryControl : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "lead_time_days",
                schema: "inventory",
                table: "skus",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "reorder_alerts",
                schema: "inventory",
                columns: table => new
                {
                    stock_level_id = table.Column<Guid>(type: "uuid", nullable: false),
                    below = table.Column<bool>(type: "boolean", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reorder_alerts", x => x.stock_level_id);
                    table.ForeignKey(
                        name: "fk_reorder_alerts_stock_levels_stock_level_id",
                        column: x => x.stock_level_id,
                        principalSchema: "inventory",
                        principalTable: "stock_levels",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sku_classes",
                schema: "inventory",
                columns: table => new
                {
                    sku_id = table.Column<Guid>(type: "uuid", nullable: false),
                    @class = table.Column<string>(name: "class", type: "character varying(1)", maxLength: 1, nullable: false),
                    annual_value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    cumulative_share = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    computed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sku_classes", x => x.sku_id);
                    table.ForeignKey(
                        name: "fk_sku_classes_skus_sku_id",
                        column: x => x.sku_id,
                        principalSchema: "inventory",
                        principalTable: "skus",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reorder_alerts",
                schema: "inventory");

            migrationBuilder.DropTable(
                name: "sku_classes",
                schema: "inventory");

            migrationBuilder.DropColumn(
                name: "lead_time_days",
                schema: "inventory",
                table: "skus");
        }
    }
}
