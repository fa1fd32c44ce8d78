using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Warehouse.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrderHolds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "hold_reason",
                table: "warehouse_orders",
                type: "TEXT",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "hold_reason",
                table: "warehouse_orders");
        }
    }
}
