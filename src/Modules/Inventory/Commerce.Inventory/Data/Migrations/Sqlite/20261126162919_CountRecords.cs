using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Inventory.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CountRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inventory_count_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sku_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    location_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    bin = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    expected = table.Column<int>(type: "INTEGER", nullable: false),
                    counted = table.Column<int>(type: "INTEGER", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inventory_count_records", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_inventory_count_records_location_id_at",
                table: "inventory_count_records",
                columns: new[] { "location_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_inventory_count_records_sku_id_location_id_at",
                table: "inventory_count_records",
                columns: new[] { "sku_id", "location_id", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inventory_count_records");
        }
    }
}
