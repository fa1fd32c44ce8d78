using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Inventory.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "inventory");

            migrationBuilder.CreateTable(
                name: "audit_log",
                schema: "inventory",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    actor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    entity = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    entity_id = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    change = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    changes = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_log", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "locations",
                schema: "inventory",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    code = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    address_line1 = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    address_line2 = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    city = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    region = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    postal_code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    country_code = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_locations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "order_allocations",
                schema: "inventory",
                columns: table => new
                {
                    order_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    placed_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    cancelled = table.Column<bool>(type: "bit", nullable: false),
                    version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_allocations", x => x.order_id);
                });

            migrationBuilder.CreateTable(
                name: "skus",
                schema: "inventory",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    code = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    barcode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    length_cm = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    width_cm = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    height_cm = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    weight_kg = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    unit_cost = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    currency = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_skus", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "stock_ledger",
                schema: "inventory",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    sku_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    location_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    on_hand_delta = table.Column<int>(type: "int", nullable: false),
                    reserved_delta = table.Column<int>(type: "int", nullable: false),
                    reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    reference = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    actor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stock_ledger", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "allocation_lines",
                schema: "inventory",
                columns: table => new
                {
                    order_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    line_number = table.Column<int>(type: "int", nullable: false),
                    sku_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    sku = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    requested = table.Column<int>(type: "int", nullable: false),
                    allocated = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_allocation_lines", x => new { x.order_id, x.line_number });
                    table.ForeignKey(
                        name: "fk_allocation_lines_order_allocations_order_id",
                        column: x => x.order_id,
                        principalSchema: "inventory",
                        principalTable: "order_allocations",
                        principalColumn: "order_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "line_reservations",
                schema: "inventory",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    order_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    line_number = table.Column<int>(type: "int", nullable: false),
                    stock_level_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    quantity = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_line_reservations", x => x.id);
                    table.ForeignKey(
                        name: "fk_line_reservations_order_allocations_order_id",
                        column: x => x.order_id,
                        principalSchema: "inventory",
                        principalTable: "order_allocations",
                        principalColumn: "order_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "stock_levels",
                schema: "inventory",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    sku_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    location_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    on_hand = table.Column<int>(type: "int", nullable: false),
                    reserved = table.Column<int>(type: "int", nullable: false),
                    version = table.Column<int>(type: "int", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stock_levels", x => x.id);
                    table.CheckConstraint("ck_stock_levels_reserved_within_on_hand", "reserved >= 0 AND reserved <= on_hand");
                    table.ForeignKey(
                        name: "fk_stock_levels_locations_location_id",
                        column: x => x.location_id,
                        principalSchema: "inventory",
                        principalTable: "locations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_stock_levels_skus_sku_id",
                        column: x => x.sku_id,
                        principalSchema: "inventory",
                        principalTable: "skus",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_allocation_lines_sku_id_order_id",
                schema: "inventory",
                table: "allocation_lines",
                columns: new[] { "sku_id", "order_id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_entity_entity_id",
                schema: "inventory",
                table: "audit_log",
                columns: new[] { "entity", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_line_reservations_order_id_line_number_stock_level_id",
                schema: "inventory",
                table: "line_reservations",
                columns: new[] { "order_id", "line_number", "stock_level_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_line_reservations_stock_level_id",
                schema: "inventory",
                table: "line_reservations",
                column: "stock_level_id");

            migrationBuilder.CreateIndex(
                name: "ix_locations_code",
                schema: "inventory",
                table: "locations",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_order_allocations_placed_at",
                schema: "inventory",
                table: "order_allocations",
                column: "placed_at");

            migrationBuilder.CreateIndex(
                name: "ix_skus_barcode",
                schema: "inventory",
                table: "skus",
                column: "barcode");

            migrationBuilder.CreateIndex(
                name: "ix_skus_code",
                schema: "inventory",
                table: "skus",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_stock_ledger_reference",
                schema: "inventory",
                table: "stock_ledger",
                column: "reference");

            migrationBuilder.CreateIndex(
                name: "ix_stock_ledger_sku_id_location_id",
                schema: "inventory",
                table: "stock_ledger",
                columns: new[] { "sku_id", "location_id" });

            migrationBuilder.CreateIndex(
                name: "ix_stock_levels_location_id",
                schema: "inventory",
                table: "stock_levels",
                column: "location_id");

            migrationBuilder.CreateIndex(
                name: "ix_stock_levels_sku_id_location_id",
                schema: "inventory",
                table: "stock_levels",
                columns: new[] { "sku_id", "location_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "allocation_lines",
                schema: "inventory");

            migrationBuilder.DropTable(
                name: "audit_log",
                schema: "inventory");

            migrationBuilder.DropTable(
                name: "line_reservations",
                schema: "inventory");

            migrationBuilder.DropTable(
                name: "stock_ledger",
                schema: "inventory");

            migrationBuilder.DropTable(
                name: "stock_levels",
                schema: "inventory");

            migrationBuilder.DropTable(
                name: "order_allocations",
                schema: "inventory");

            migrationBuilder.DropTable(
                name: "locations",
                schema: "inventory");

            migrationBuilder.DropTable(
                name: "skus",
                schema: "inventory");
        }
    }
}
