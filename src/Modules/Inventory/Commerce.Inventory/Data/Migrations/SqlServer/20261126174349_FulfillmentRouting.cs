using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Inventory.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FulfillmentRouting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "category",
                schema: "inventory",
                table: "skus",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "allowed_locations",
                schema: "inventory",
                table: "allocation_lines",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateIndex(
                name: "ix_skus_category",
                schema: "inventory",
                table: "skus",
                column: "category");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_skus_category",
                schema: "inventory",
                table: "skus");

            migrationBuilder.DropColumn(
                name: "category",
                schema: "inventory",
                table: "skus");

            migrationBuilder.DropColumn(
                name: "allowed_locations",
                schema: "inventory",
                table: "allocation_lines");
        }
    }
}
