using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Warehouse.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OrderHolds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "hold_reason",
                schema: "warehouse",
                table: "orders",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "hold_reason",
                schema: "warehouse",
                table: "orders");
        }
    }
}
