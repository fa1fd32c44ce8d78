using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Orders.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OrderReviewHold : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "review_reason",
                schema: "orders",
                table: "orders",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "review_reason",
                schema: "orders",
                table: "orders");
        }
    }
}
