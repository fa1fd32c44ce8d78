using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Commerce.Warehouse.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "warehouse");

            migrationBuilder.CreateTable(
                name: "audit_log",
                schema: "warehouse",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    entity = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    entity_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    change = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    changes = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_log", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "bins",
                schema: "warehouse",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    location = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    barcode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    aisle = table.Column<int>(type: "integer", nullable: false),
                    position = table.Column<double>(type: "double precision", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bins", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "boxes",
                schema: "warehouse",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    location = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    length_in = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    width_in = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    height_in = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    max_weight_lb = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    tare_weight_lb = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    cost = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_boxes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "count_tasks",
                schema: "warehouse",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    location = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    bin_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    counted = table.Column<int>(type: "integer", nullable: true),
                    counted_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    counted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_count_tasks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "layouts",
                schema: "warehouse",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    location = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    aisle_length = table.Column<double>(type: "double precision", nullable: false),
                    depot_x = table.Column<double>(type: "double precision", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_layouts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "order_work",
                schema: "warehouse",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    location = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    releases = table.Column<int>(type: "integer", nullable: false),
                    packed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_work", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "orders",
                schema: "warehouse",
                columns: table => new
                {
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    external_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    customer_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    service_level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    placed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ship_to_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ship_to_line1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ship_to_line2 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ship_to_city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ship_to_region = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ship_to_postal_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ship_to_country_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    cancelled = table.Column<bool>(type: "boolean", nullable: false),
                    allocation_version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orders", x => x.order_id);
                });

            migrationBuilder.CreateTable(
                name: "packages",
                schema: "warehouse",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    location = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    box_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    length_in = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    width_in = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    height_in = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    tare_weight_lb = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    max_weight_lb = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    box_cost = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    gross_weight_lb = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    billable_weight_lb = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    @sealed = table.Column<bool>(name: "sealed", type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_packages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pick_lists",
                schema: "warehouse",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    location = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    strategy = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    zone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    wave_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    route_method = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    route_length = table.Column<double>(type: "double precision", nullable: false),
                    picker = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pick_lists", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "put_away_tasks",
                schema: "warehouse",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    location = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    bin_id = table.Column<Guid>(type: "uuid", nullable: false),
                    bin_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    done_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    done_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_put_away_tasks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "waves",
                schema: "warehouse",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    location = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    rule = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    pick_by = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    orders = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_waves", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "bin_stock",
                schema: "warehouse",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    bin_id = table.Column<Guid>(type: "uuid", nullable: false),
                    location = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    committed = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bin_stock", x => x.id);
                    table.CheckConstraint("ck_bin_stock_committed_within_quantity", "committed >= 0 AND committed <= quantity");
                    table.ForeignKey(
                        name: "fk_bin_stock_bins_bin_id",
                        column: x => x.bin_id,
                        principalSchema: "warehouse",
                        principalTable: "bins",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "aisles",
                schema: "warehouse",
                columns: table => new
                {
                    layout_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    x = table.Column<double>(type: "double precision", nullable: false),
                    zone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aisles", x => new { x.layout_id, x.number });
                    table.ForeignKey(
                        name: "fk_aisles_layouts_layout_id",
                        column: x => x.layout_id,
                        principalSchema: "warehouse",
                        principalTable: "layouts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "line_allocations",
                schema: "warehouse",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    line_number = table.Column<int>(type: "integer", nullable: false),
                    location = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_line_allocations", x => x.id);
                    table.ForeignKey(
                        name: "fk_line_allocations_orders_order_id",
                        column: x => x.order_id,
                        principalSchema: "warehouse",
                        principalTable: "orders",
                        principalColumn: "order_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "order_lines",
                schema: "warehouse",
                columns: table => new
                {
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    line_number = table.Column<int>(type: "integer", nullable: false),
                    sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    allocated = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_lines", x => new { x.order_id, x.line_number });
                    table.ForeignKey(
                        name: "fk_order_lines_orders_order_id",
                        column: x => x.order_id,
                        principalSchema: "warehouse",
                        principalTable: "orders",
                        principalColumn: "order_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "package_items",
                schema: "warehouse",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    package_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order_line_number = table.Column<int>(type: "integer", nullable: false),
                    sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    length_in = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    width_in = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    height_in = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    weight_lb = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_package_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_package_items_packages_package_id",
                        column: x => x.package_id,
                        principalSchema: "warehouse",
                        principalTable: "packages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pick_lines",
                schema: "warehouse",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    pick_list_id = table.Column<Guid>(type: "uuid", nullable: false),
                    location = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order_line_number = table.Column<int>(type: "integer", nullable: false),
                    sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    item_barcode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    bin_id = table.Column<Guid>(type: "uuid", nullable: false),
                    bin_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    tote = table.Column<int>(type: "integer", nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    picked = table.Column<int>(type: "integer", nullable: false),
                    @short = table.Column<int>(name: "short", type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    confirmed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    length_in = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    width_in = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    height_in = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    weight_lb = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pick_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_pick_lines_pick_lists_pick_list_id",
                        column: x => x.pick_list_id,
                        principalSchema: "warehouse",
                        principalTable: "pick_lists",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_entity_entity_id",
                schema: "warehouse",
                table: "audit_log",
                columns: new[] { "entity", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_bin_stock_bin_id_sku",
                schema: "warehouse",
                table: "bin_stock",
                columns: new[] { "bin_id", "sku" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_bin_stock_location_sku",
                schema: "warehouse",
                table: "bin_stock",
                columns: new[] { "location", "sku" });

            migrationBuilder.CreateIndex(
                name: "ix_bins_location_barcode",
                schema: "warehouse",
                table: "bins",
                columns: new[] { "location", "barcode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_bins_location_code",
                schema: "warehouse",
                table: "bins",
                columns: new[] { "location", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_boxes_location_code",
                schema: "warehouse",
                table: "boxes",
                columns: new[] { "location", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_count_tasks_location_counted_at",
                schema: "warehouse",
                table: "count_tasks",
                columns: new[] { "location", "counted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_layouts_location",
                schema: "warehouse",
                table: "layouts",
                column: "location",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_line_allocations_location_order_id",
                schema: "warehouse",
                table: "line_allocations",
                columns: new[] { "location", "order_id" });

            migrationBuilder.CreateIndex(
                name: "ix_line_allocations_order_id_line_number_location",
                schema: "warehouse",
                table: "line_allocations",
                columns: new[] { "order_id", "line_number", "location" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_order_work_order_id_location",
                schema: "warehouse",
                table: "order_work",
                columns: new[] { "order_id", "location" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_orders_cancelled_placed_at",
                schema: "warehouse",
                table: "orders",
                columns: new[] { "cancelled", "placed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_package_items_package_id",
                schema: "warehouse",
                table: "package_items",
                column: "package_id");

            migrationBuilder.CreateIndex(
                name: "ix_packages_order_id_location",
                schema: "warehouse",
                table: "packages",
                columns: new[] { "order_id", "location" });

            migrationBuilder.CreateIndex(
                name: "ix_pick_lines_order_id_order_line_number",
                schema: "warehouse",
                table: "pick_lines",
                columns: new[] { "order_id", "order_line_number" });

            migrationBuilder.CreateIndex(
                name: "ix_pick_lines_pick_list_id",
                schema: "warehouse",
                table: "pick_lines",
                column: "pick_list_id");

            migrationBuilder.CreateIndex(
                name: "ix_pick_lists_location_status_created_at",
                schema: "warehouse",
                table: "pick_lists",
                columns: new[] { "location", "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_put_away_tasks_location_done_at",
                schema: "warehouse",
                table: "put_away_tasks",
                columns: new[] { "location", "done_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "aisles",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "audit_log",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "bin_stock",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "boxes",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "count_tasks",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "line_allocations",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "order_lines",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "order_work",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "package_items",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "pick_lines",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "put_away_tasks",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "waves",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "layouts",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "bins",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "orders",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "packages",
                schema: "warehouse");

            migrationBuilder.DropTable(
                name: "pick_lists",
                schema: "warehouse");
        }
    }
}
