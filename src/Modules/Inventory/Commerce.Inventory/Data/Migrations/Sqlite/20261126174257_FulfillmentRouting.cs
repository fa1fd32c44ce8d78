using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Inventory.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FulfillmentRouting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "category",
                table: "inventory_skus",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "allowed_locations",
                table: "inventory_allocation_lines",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateIndex(
                name: "ix_inventory_skus_category",
                table: "inventory_skus",
                column: "category");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_inventory_skus_category",
                table: "inventory_skus");

            migrationBuilder.DropColumn(
                name: "category",
                table: "inventory_skus");

            migrationBuilder.DropColumn(
                name: "allowed_locations",
                table: "inventory_allocation_lines");
        }
    }
}
