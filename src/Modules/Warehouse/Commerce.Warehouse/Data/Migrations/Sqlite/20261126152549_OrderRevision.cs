using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Warehouse.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrderRevision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "revision",
                table: "warehouse_orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "revision",
                table: "warehouse_orders");
        }
    }
}
