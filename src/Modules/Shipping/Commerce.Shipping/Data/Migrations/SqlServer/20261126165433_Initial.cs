using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Shipping.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "shipping");

            migrationBuilder.CreateTable(
                name: "audit_log",
                schema: "shipping",
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
                name: "label_files",
                schema: "shipping",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    package_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    format = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    content_type = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    content = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_label_files", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "quotes",
                schema: "shipping",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    shipment_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    skipped = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    override_account_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    override_carrier = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    override_service = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_quotes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "shipments",
                schema: "shipping",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    order_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    location = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    channel = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    external_id = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    service_level = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    placed_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    promised_by = table.Column<DateOnly>(type: "date", nullable: false),
                    ship_to_name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ship_to_line1 = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ship_to_line2 = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ship_to_city = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ship_to_region = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ship_to_postal_code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ship_to_country_code = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    account_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    carrier = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    service = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    label_cost = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: true),
                    currency = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: true),
                    packed_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    dispatched_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    delivered_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    estimated_delivery = table.Column<DateOnly>(type: "date", nullable: true),
                    delay_reported = table.Column<bool>(type: "bit", nullable: false),
                    revision = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tracking_events",
                schema: "shipping",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    package_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    status = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    detail = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    message = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    place = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    source = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tracking_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "webhook_receipts",
                schema: "shipping",
                columns: table => new
                {
                    account_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    event_id = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webhook_receipts", x => new { x.account_id, x.event_id });
                });

            migrationBuilder.CreateTable(
                name: "package_rates",
                schema: "shipping",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    quote_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    package_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    account_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    carrier = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    service = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    price = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    currency = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    transit_days = table.Column<int>(type: "int", nullable: true),
                    estimated_delivery = table.Column<DateOnly>(type: "date", nullable: true),
                    billable_weight_lb = table.Column<decimal>(type: "decimal(9,3)", precision: 9, scale: 3, nullable: true),
                    carrier_rate_id = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    carrier_shipment_id = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_package_rates", x => x.id);
                    table.ForeignKey(
                        name: "fk_package_rates_quotes_quote_id",
                        column: x => x.quote_id,
                        principalSchema: "shipping",
                        principalTable: "quotes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "packages",
                schema: "shipping",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    shipment_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    box_code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    length_in = table.Column<decimal>(type: "decimal(9,3)", precision: 9, scale: 3, nullable: false),
                    width_in = table.Column<decimal>(type: "decimal(9,3)", precision: 9, scale: 3, nullable: false),
                    height_in = table.Column<decimal>(type: "decimal(9,3)", precision: 9, scale: 3, nullable: false),
                    weight_lb = table.Column<decimal>(type: "decimal(9,3)", precision: 9, scale: 3, nullable: false),
                    account_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    tracking_number = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    tracking_url = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    carrier_shipment_id = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    carrier = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    cost = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: true),
                    currency = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: true),
                    tracking_status = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    last_event_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    estimated_delivery = table.Column<DateOnly>(type: "date", nullable: true),
                    delivered_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    labelled_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    next_poll_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    buying_since = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_packages", x => x.id);
                    table.ForeignKey(
                        name: "fk_packages_shipments_shipment_id",
                        column: x => x.shipment_id,
                        principalSchema: "shipping",
                        principalTable: "shipments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_entity_entity_id",
                schema: "shipping",
                table: "audit_log",
                columns: new[] { "entity", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_label_files_package_id_format",
                schema: "shipping",
                table: "label_files",
                columns: new[] { "package_id", "format" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_package_rates_quote_id",
                schema: "shipping",
                table: "package_rates",
                column: "quote_id");

            migrationBuilder.CreateIndex(
                name: "ix_packages_next_poll_at",
                schema: "shipping",
                table: "packages",
                column: "next_poll_at");

            migrationBuilder.CreateIndex(
                name: "ix_packages_shipment_id",
                schema: "shipping",
                table: "packages",
                column: "shipment_id");

            migrationBuilder.CreateIndex(
                name: "ix_packages_tracking_number",
                schema: "shipping",
                table: "packages",
                column: "tracking_number");

            migrationBuilder.CreateIndex(
                name: "ix_quotes_shipment_id",
                schema: "shipping",
                table: "quotes",
                column: "shipment_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipments_order_id_location",
                schema: "shipping",
                table: "shipments",
                columns: new[] { "order_id", "location" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_shipments_status_packed_at",
                schema: "shipping",
                table: "shipments",
                columns: new[] { "status", "packed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_tracking_events_package_id_at_status",
                schema: "shipping",
                table: "tracking_events",
                columns: new[] { "package_id", "at", "status" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_log",
                schema: "shipping");

            migrationBuilder.DropTable(
                name: "label_files",
                schema: "shipping");

            migrationBuilder.DropTable(
                name: "package_rates",
                schema: "shipping");

            migrationBuilder.DropTable(
                name: "packages",
                schema: "shipping");

            migrationBuilder.DropTable(
                name: "tracking_events",
                schema: "shipping");

            migrationBuilder.DropTable(
                name: "webhook_receipts",
                schema: "shipping");

            migrationBuilder.DropTable(
                name: "quotes",
                schema: "shipping");

            migrationBuilder.DropTable(
                name: "shipments",
                schema: "shipping");
        }
    }
}
