using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Orders.Data.Migrations.Postgres
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
                type: "character varying(500)",
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
