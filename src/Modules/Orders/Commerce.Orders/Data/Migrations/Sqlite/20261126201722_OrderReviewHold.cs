using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Orders.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrderReviewHold : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "review_reason",
                table: "orders_orders",
                type: "TEXT",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "review_reason",
                table: "orders_orders");
        }
    }
}
