using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Warehouse.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "warehouse_audit_log",
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
                    table.PrimaryKey("pk_warehouse_audit_log", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "warehouse_bins",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    location = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    barcode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    aisle = table.Column<int>(type: "INTEGER", nullable: false),
                    position = table.Column<double>(type: "REAL", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_warehouse_bins", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "warehouse_boxes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    location = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    length_in = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false),
                    width_in = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false),
                    height_in = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false),
                    max_weight_lb = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false),
                    tare_weight_lb = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false),
                    cost = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    active = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_warehouse_boxes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "warehouse_count_tasks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    location = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    bin_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    counted = table.Column<int>(type: "INTEGER", nullable: true),
                    counted_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    counted_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_warehouse_count_tasks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "warehouse_layouts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    location = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    aisle_length = table.Column<double>(type: "REAL", nullable: false),
                    depot_x = table.Column<double>(type: "REAL", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_warehouse_layouts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "warehouse_order_work",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    location = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    releases = table.Column<int>(type: "INTEGER", nullable: false),
                    packed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_warehouse_order_work", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "warehouse_orders",
                columns: table => new
                {
                    order_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    external_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    customer_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    service_level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    placed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    ship_to_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ship_to_line1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ship_to_line2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ship_to_city = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ship_to_region = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ship_to_postal_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ship_to_country_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    cancelled = table.Column<bool>(type: "INTEGER", nullable: false),
                    allocation_version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_warehouse_orders", x => x.order_id);
                });

            migrationBuilder.CreateTable(
                name: "warehouse_packages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    location = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    box_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    length_in = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false),
                    width_in = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false),
                    height_in = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false),
                    tare_weight_lb = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false),
                    max_weight_lb = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false),
                    box_cost = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    gross_weight_lb = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false),
                    billable_weight_lb = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false),
                    @sealed = table.Column<bool>(name: "sealed", type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_warehouse_packages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "warehouse_pick_lists",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    location = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    strategy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    zone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    wave_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    route_method = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    route_length = table.Column<double>(type: "REAL", nullable: false),
                    picker = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_warehouse_pick_lists", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "warehouse_put_away_tasks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    location = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    bin_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    bin_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    order_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    done_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    done_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_warehouse_put_away_tasks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "warehouse_waves",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    location = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    rule = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    pick_by = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    orders = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_warehouse_waves", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "warehouse_bin_stock",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    bin_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    location = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    committed = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_warehouse_bin_stock", x => x.id);
                    table.CheckConstraint("ck_bin_stock_committed_within_quantity", "committed >= 0 AND committed <= quantity");
                    table.ForeignKey(
                        name: "fk_warehouse_bin_stock_warehouse_bins_bin_id",
                        column: x => x.bin_id,
                        principalTable: "warehouse_bins",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "warehouse_aisles",
                columns: table => new
                {
                    layout_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    x = table.Column<double>(type: "REAL", nullable: false),
                    zone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_warehouse_aisles", x => new { x.layout_id, x.number });
                    table.ForeignKey(
                        name: "fk_warehouse_aisles_layouts_layout_id",
                        column: x => x.layout_id,
                        principalTable: "warehouse_layouts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "warehouse_line_allocations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    line_number = table.Column<int>(type: "INTEGER", nullable: false),
                    location = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_warehouse_line_allocations", x => x.id);
                    table.ForeignKey(
                        name: "fk_warehouse_line_allocations_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "warehouse_orders",
                        principalColumn: "order_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "warehouse_order_lines",
                columns: table => new
                {
                    order_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    line_number = table.Column<int>(type: "INTEGER", nullable: false),
                    sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    allocated = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_warehouse_order_lines", x => new { x.order_id, x.line_number });
                    table.ForeignKey(
                        name: "fk_warehouse_order_lines_warehouse_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "warehouse_orders",
                        principalColumn: "order_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "warehouse_package_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    package_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order_line_number = table.Column<int>(type: "INTEGER", nullable: false),
                    sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    length_in = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false),
                    width_in = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false),
                    height_in = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false),
                    weight_lb = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_warehouse_package_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_warehouse_package_items_warehouse_packages_package_id",
                        column: x => x.package_id,
                        principalTable: "warehouse_packages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "warehouse_pick_lines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    pick_list_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    location = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    order_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order_line_number = table.Column<int>(type: "INTEGER", nullable: false),
                    sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    item_barcode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    bin_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    bin_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    tote = table.Column<int>(type: "INTEGER", nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    picked = table.Column<int>(type: "INTEGER", nullable: false),
                    @short = table.Column<int>(name: "short", type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    confirmed_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    confirmed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    length_in = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false),
                    width_in = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false),
                    height_in = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false),
                    weight_lb = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_warehouse_pick_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_warehouse_pick_lines_pick_lists_pick_list_id",
                        column: x => x.pick_list_id,
                        principalTable: "warehouse_pick_lists",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_warehouse_audit_log_entity_entity_id",
                table: "warehouse_audit_log",
                columns: new[] { "entity", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_warehouse_bin_stock_bin_id_sku",
                table: "warehouse_bin_stock",
                columns: new[] { "bin_id", "sku" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_warehouse_bin_stock_location_sku",
                table: "warehouse_bin_stock",
                columns: new[] { "location", "sku" });

            migrationBuilder.CreateIndex(
                name: "ix_warehouse_bins_location_barcode",
                table: "warehouse_bins",
                columns: new[] { "location", "barcode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_warehouse_bins_location_code",
                table: "warehouse_bins",
                columns: new[] { "location", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_warehouse_boxes_location_code",
                table: "warehouse_boxes",
                columns: new[] { "location", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_warehouse_count_tasks_location_counted_at",
                table: "warehouse_count_tasks",
                columns: new[] { "location", "counted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_warehouse_layouts_location",
                table: "warehouse_layouts",
                column: "location",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_warehouse_line_allocations_location_order_id",
                table: "warehouse_line_allocations",
                columns: new[] { "location", "order_id" });

            migrationBuilder.CreateIndex(
                name: "ix_warehouse_line_allocations_order_id_line_number_location",
                table: "warehouse_line_allocations",
                columns: new[] { "order_id", "line_number", "location" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_warehouse_order_work_order_id_location",
                table: "warehouse_order_work",
                columns: new[] { "order_id", "location" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_warehouse_orders_cancelled_placed_at",
                table: "warehouse_orders",
                columns: new[] { "cancelled", "placed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_warehouse_package_items_package_id",
                table: "warehouse_package_items",
                column: "package_id");

            migrationBuilder.CreateIndex(
                name: "ix_warehouse_packages_order_id_location",
                table: "warehouse_packages",
                columns: new[] { "order_id", "location" });

            migrationBuilder.CreateIndex(
                name: "ix_warehouse_pick_lines_order_id_order_line_number",
                table: "warehouse_pick_lines",
                columns: new[] { "order_id", "order_line_number" });

            migrationBuilder.CreateIndex(
                name: "ix_warehouse_pick_lines_pick_list_id",
                table: "warehouse_pick_lines",
                column: "pick_list_id");

            migrationBuilder.CreateIndex(
                name: "ix_warehouse_pick_lists_location_status_created_at",
                table: "warehouse_pick_lists",
                columns: new[] { "location", "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_warehouse_put_away_tasks_location_done_at",
                table: "warehouse_put_away_tasks",
                columns: new[] { "location", "done_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "warehouse_aisles");

            migrationBuilder.DropTable(
                name: "warehouse_audit_log");

            migrationBuilder.DropTable(
                name: "warehouse_bin_stock");

            migrationBuilder.DropTable(
                name: "warehouse_boxes");

            migrationBuilder.DropTable(
                name: "warehouse_count_tasks");

            migrationBuilder.DropTable(
                name: "warehouse_line_allocations");

            migrationBuilder.DropTable(
                name: "warehouse_order_lines");

            migrationBuilder.DropTable(
                name: "warehouse_order_work");

            migrationBuilder.DropTable(
                name: "warehouse_package_items");

            migrationBuilder.DropTable(
                name: "warehouse_pick_lines");

            migrationBuilder.DropTable(
                name: "warehouse_put_away_tasks");

            migrationBuilder.DropTable(
                name: "warehouse_waves");

            migrationBuilder.DropTable(
                name: "warehouse_layouts");

            migrationBuilder.DropTable(
                name: "warehouse_bins");

            migrationBuilder.DropTable(
                name: "warehouse_orders");

            migrationBuilder.DropTable(
                name: "warehouse_packages");

            migrationBuilder.DropTable(
                name: "warehouse_pick_lists");
        }
    }
}
