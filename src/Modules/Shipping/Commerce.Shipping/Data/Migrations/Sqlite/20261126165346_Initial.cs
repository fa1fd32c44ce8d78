using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Shipping.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "shipping_audit_log",
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
                    table.PrimaryKey("pk_shipping_audit_log", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "shipping_label_files",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    package_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    format = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipping_label_files", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "shipping_quotes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    shipment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    skipped = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    override_account_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    override_carrier = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    override_service = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipping_quotes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "shipping_shipments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    location = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    external_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    service_level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    placed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    promised_by = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ship_to_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ship_to_line1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ship_to_line2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ship_to_city = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ship_to_region = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ship_to_postal_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ship_to_country_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    account_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    carrier = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    service = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    label_cost = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    packed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    dispatched_at = table.Column<long>(type: "INTEGER", nullable: true),
                    delivered_at = table.Column<long>(type: "INTEGER", nullable: true),
                    estimated_delivery = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    delay_reported = table.Column<bool>(type: "INTEGER", nullable: false),
                    revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipping_shipments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "shipping_tracking_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    package_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    detail = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    message = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    source = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipping_tracking_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "shipping_webhook_receipts",
                columns: table => new
                {
                    account_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    event_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    received_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipping_webhook_receipts", x => new { x.account_id, x.event_id });
                });

            migrationBuilder.CreateTable(
                name: "shipping_package_rates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    quote_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    package_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    account_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    carrier = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    service = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    price = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    transit_days = table.Column<int>(type: "INTEGER", nullable: true),
                    estimated_delivery = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    billable_weight_lb = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: true),
                    carrier_rate_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    carrier_shipment_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipping_package_rates", x => x.id);
                    table.ForeignKey(
                        name: "fk_shipping_package_rates_quotes_quote_id",
                        column: x => x.quote_id,
                        principalTable: "shipping_quotes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "shipping_packages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    shipment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    box_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    length_in = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false),
                    width_in = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false),
                    height_in = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false),
                    weight_lb = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false),
                    account_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    tracking_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    tracking_url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    carrier_shipment_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    carrier = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    cost = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    tracking_status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    last_event_at = table.Column<long>(type: "INTEGER", nullable: true),
                    estimated_delivery = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    delivered_at = table.Column<long>(type: "INTEGER", nullable: true),
                    labelled_at = table.Column<long>(type: "INTEGER", nullable: true),
                    next_poll_at = table.Column<long>(type: "INTEGER", nullable: true),
                    buying_since = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipping_packages", x => x.id);
                    table.ForeignKey(
                        name: "fk_shipping_packages_shipping_shipments_shipment_id",
                        column: x => x.shipment_id,
                        principalTable: "shipping_shipments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_shipping_audit_log_entity_entity_id",
                table: "shipping_audit_log",
                columns: new[] { "entity", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_shipping_label_files_package_id_format",
                table: "shipping_label_files",
                columns: new[] { "package_id", "format" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_shipping_package_rates_quote_id",
                table: "shipping_package_rates",
                column: "quote_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipping_packages_next_poll_at",
                table: "shipping_packages",
                column: "next_poll_at");

            migrationBuilder.CreateIndex(
                name: "ix_shipping_packages_shipment_id",
                table: "shipping_packages",
                column: "shipment_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipping_packages_tracking_number",
                table: "shipping_packages",
                column: "tracking_number");

            migrationBuilder.CreateIndex(
                name: "ix_shipping_quotes_shipment_id",
                table: "shipping_quotes",
                column: "shipment_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipping_shipments_order_id_location",
                table: "shipping_shipments",
                columns: new[] { "order_id", "location" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_shipping_shipments_status_packed_at",
                table: "shipping_shipments",
                columns: new[] { "status", "packed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_shipping_tracking_events_package_id_at_status",
                table: "shipping_tracking_events",
                columns: new[] { "package_id", "at", "status" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "shipping_audit_log");

            migrationBuilder.DropTable(
                name: "shipping_label_files");

            migrationBuilder.DropTable(
                name: "shipping_package_rates");

            migrationBuilder.DropTable(
                name: "shipping_packages");

            migrationBuilder.DropTable(
                name: "shipping_tracking_events");

            migrationBuilder.DropTable(
                name: "shipping_webhook_receipts");

            migrationBuilder.DropTable(
                name: "shipping_quotes");

            migrationBuilder.DropTable(
                name: "shipping_shipments");
        }
    }
}
