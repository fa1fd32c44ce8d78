using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Inventory.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class StockSnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "stock_snapshots",
                schema: "inventory",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    location_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    taken_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    reported_by = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    items = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stock_snapshots", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "snapshot_differences",
                schema: "inventory",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    snapshot_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    sku = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ours = table.Column<int>(type: "int", nullable: false),
                    theirs = table.Column<int>(type: "int", nullable: false),
                    adjusted = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_snapshot_differences", x => x.id);
                    table.ForeignKey(
                        name: "fk_snapshot_differences_stock_snapshots_snapshot_id",
                        column: x => x.snapshot_id,
                        principalSchema: "inventory",
                        principalTable: "stock_snapshots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_snapshot_differences_snapshot_id",
                schema: "inventory",
                table: "snapshot_differences",
                column: "snapshot_id");

            migrationBuilder.CreateIndex(
                name: "ix_stock_snapshots_location_id_taken_at",
                schema: "inventory",
                table: "stock_snapshots",
                columns: new[] { "location_id", "taken_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "snapshot_differences",
                schema: "inventory");

            migrationBuilder.DropTable(
                name: "stock_snapshots",
                schema: "inventory");
        }
    }
}
