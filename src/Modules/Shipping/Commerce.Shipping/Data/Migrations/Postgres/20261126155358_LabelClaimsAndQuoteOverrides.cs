using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Shipping.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LabelClaimsAndQuoteOverrides : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "voided",
                schema: "shipping",
                table: "packages");

            migrationBuilder.AddColumn<string>(
                name: "override_account_id",
                schema: "shipping",
                table: "quotes",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "override_carrier",
                schema: "shipping",
                table: "quotes",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "override_service",
                schema: "shipping",
                table: "quotes",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "override_account_id",
                schema: "shipping",
                table: "quotes");

            migrationBuilder.DropColumn(
                name: "override_carrier",
                schema: "shipping",
                table: "quotes");

            migrationBuilder.DropColumn(
                name: "override_service",
                schema: "shipping",
                table: "quotes");

            migrationBuilder.AddColumn<bool>(
                name: "voided",
                schema: "shipping",
                table: "packages",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }
    }
}
