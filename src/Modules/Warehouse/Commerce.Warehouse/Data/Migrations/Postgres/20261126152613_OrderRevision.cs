using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Warehouse.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OrderRevision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "revision",
                schema: "warehouse",
                table: "orders",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "revision",
                schema: "warehouse",
                table: "orders");
        }
    }
}
