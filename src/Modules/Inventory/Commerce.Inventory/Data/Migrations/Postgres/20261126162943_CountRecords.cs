using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Inventory.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CountRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "count_records",
                schema: "inventory",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sku_id = table.Column<Guid>(type: "uuid", nullable: false),
                    location_id = table.Column<Guid>(type: "uuid", nullable: false),
                    bin = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    expected = table.Column<int>(type: "integer", nullable: false),
                    counted = table.Column<int>(type: "integer", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_count_records", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_count_records_location_id_at",
                schema: "inventory",
                table: "count_records",
                columns: new[] { "location_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_count_records_sku_id_location_id_at",
                schema: "inventory",
                table: "count_records",
                columns: new[] { "sku_id", "location_id", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "count_records",
                schema: "inventory");
        }
    }
}
