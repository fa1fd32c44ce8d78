using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Shipping.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LabelClaimsAndQuoteOverrides : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "voided",
                table: "shipping_packages");

            migrationBuilder.AddColumn<string>(
                name: "override_account_id",
                table: "shipping_quotes",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "override_carrier",
                table: "shipping_quotes",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "override_service",
                table: "shipping_quotes",
                type: "TEXT",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "override_account_id",
                table: "shipping_quotes");

            migrationBuilder.DropColumn(
                name: "override_carrier",
                table: "shipping_quotes");

            migrationBuilder.DropColumn(
                name: "override_service",
                table: "shipping_quotes");

            migrationBuilder.AddColumn<bool>(
                name: "voided",
                table: "shipping_packages",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }
    }
}
