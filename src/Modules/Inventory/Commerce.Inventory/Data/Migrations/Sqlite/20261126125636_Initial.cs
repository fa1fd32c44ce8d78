using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Inventory.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inventory_audit_log",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    entity = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    entity_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    change = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    changes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inventory_audit_log", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inventory_locations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    address_line1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    address_line2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    city = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    region = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    postal_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    country_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inventory_locations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inventory_order_allocations",
                columns: table => new
                {
                    order_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    placed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    cancelled = table.Column<bool>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inventory_order_allocations", x => x.order_id);
                });

            migrationBuilder.CreateTable(
                name: "inventory_skus",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    barcode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    length_cm = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    width_cm = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    height_cm = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    weight_kg = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    unit_cost = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inventory_skus", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inventory_stock_ledger",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    sku_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    location_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    on_hand_delta = table.Column<int>(type: "INTEGER", nullable: false),
                    reserved_delta = table.Column<int>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inventory_stock_ledger", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inventory_allocation_lines",
                columns: table => new
                {
                    order_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    line_number = table.Column<int>(type: "INTEGER", nullable: false),
                    sku_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    requested = table.Column<int>(type: "INTEGER", nullable: false),
                    allocated = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inventory_allocation_lines", x => new { x.order_id, x.line_number });
                    table.ForeignKey(
                        name: "fk_inventory_allocation_lines_order_allocations_order_id",
                        column: x => x.order_id,
                        principalTable: "inventory_order_allocations",
                        principalColumn: "order_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inventory_line_reservations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    line_number = table.Column<int>(type: "INTEGER", nullable: false),
                    stock_level_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inventory_line_reservations", x => x.id);
                    table.ForeignKey(
                        name: "fk_inventory_line_reservations_order_allocations_order_id",
                        column: x => x.order_id,
                        principalTable: "inventory_order_allocations",
                        principalColumn: "order_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inventory_stock_levels",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sku_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    location_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    on_hand = table.Column<int>(type: "INTEGER", nullable: false),
                    reserved = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inventory_stock_levels", x => x.id);
                    table.CheckConstraint("ck_stock_levels_reserved_within_on_hand", "reserved >= 0 AND reserved <= on_hand");
                    table.ForeignKey(
                        name: "fk_inventory_stock_levels_inventory_locations_location_id",
                        column: x => x.location_id,
                        principalTable: "inventory_locations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_inventory_stock_levels_inventory_skus_sku_id",
                        column: x => x.sku_id,
                        principalTable: "inventory_skus",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_inventory_allocation_lines_sku_id_order_id",
                table: "inventory_allocation_lines",
                columns: new[] { "sku_id", "order_id" });

            migrationBuilder.CreateIndex(
                name: "ix_inventory_audit_log_entity_entity_id",
                table: "inventory_audit_log",
                columns: new[] { "entity", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_inventory_line_reservations_order_id_line_number_stock_level_id",
                table: "inventory_line_reservations",
                columns: new[] { "order_id", "line_number", "stock_level_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inventory_line_reservations_stock_level_id",
                table: "inventory_line_reservations",
                column: "stock_level_id");

            migrationBuilder.CreateIndex(
                name: "ix_inventory_locations_code",
                table: "inventory_locations",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inventory_order_allocations_placed_at",
                table: "inventory_order_allocations",
                column: "placed_at");

            migrationBuilder.CreateIndex(
                name: "ix_inventory_skus_barcode",
                table: "inventory_skus",
                column: "barcode");

            migrationBuilder.CreateIndex(
                name: "ix_inventory_skus_code",
                table: "inventory_skus",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inventory_stock_ledger_reference",
                table: "inventory_stock_ledger",
                column: "reference");

            migrationBuilder.CreateIndex(
                name: "ix_inventory_stock_ledger_sku_id_location_id",
                table: "inventory_stock_ledger",
                columns: new[] { "sku_id", "location_id" });

            migrationBuilder.CreateIndex(
                name: "ix_inventory_stock_levels_location_id",
                table: "inventory_stock_levels",
                column: "location_id");

            migrationBuilder.CreateIndex(
                name: "ix_inventory_stock_levels_sku_id_location_id",
                table: "inventory_stock_levels",
                columns: new[] { "sku_id", "location_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inventory_allocation_lines");

            migrationBuilder.DropTable(
                name: "inventory_audit_log");

            migrationBuilder.DropTable(
                name: "inventory_line_reservations");

            migrationBuilder.DropTable(
                name: "inventory_stock_ledger");

            migrationBuilder.DropTable(
                name: "inventory_stock_levels");

            migrationBuilder.DropTable(
                name: "inventory_order_allocations");

            migrationBuilder.DropTable(
                name: "inventory_locations");

            migrationBuilder.DropTable(
                name: "inventory_skus");
        }
    }
}
