using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Storefronts.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "storefronts_audit_log",
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
                    table.PrimaryKey("pk_storefronts_audit_log", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "storefronts_fulfillment_pushes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    store_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    shipment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    external_order_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    tracking_numbers = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    finished_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_storefronts_fulfillment_pushes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "storefronts_inbox",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    store_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    connector = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    topic = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    delivery_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    delivery_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    event_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    triggered_at = table.Column<long>(type: "INTEGER", nullable: true),
                    body = table.Column<byte[]>(type: "BLOB", nullable: false),
                    headers = table.Column<string>(type: "TEXT", nullable: false),
                    received_at = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    processed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    external_order_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    failure_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_storefronts_inbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "storefronts_push_attempts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    store_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    operation = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    attempt = table.Column<int>(type: "INTEGER", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    status_code = table.Column<int>(type: "INTEGER", nullable: true),
                    error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_storefronts_push_attempts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "storefronts_refunds",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    store_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    external_order_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    refund_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    lines = table.Column<string>(type: "TEXT", nullable: false),
                    received_at = table.Column<long>(type: "INTEGER", nullable: false),
                    delivery_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_storefronts_refunds", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "storefronts_stock_levels",
                columns: table => new
                {
                    store_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    pending = table.Column<bool>(type: "INTEGER", nullable: false),
                    pushed_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_storefronts_stock_levels", x => new { x.store_id, x.sku });
                });

            migrationBuilder.CreateTable(
                name: "storefronts_store_orders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    store_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    external_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    store_status = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    store_updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    placed = table.Column<bool>(type: "INTEGER", nullable: false),
                    cancelled = table.Column<bool>(type: "INTEGER", nullable: false),
                    first_seen_at = table.Column<long>(type: "INTEGER", nullable: false),
                    last_applied_at = table.Column<long>(type: "INTEGER", nullable: false),
                    last_source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_storefronts_store_orders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "storefronts_sync_states",
                columns: table => new
                {
                    store_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    cursor = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    run_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    run_trigger = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    run_started_at = table.Column<long>(type: "INTEGER", nullable: true),
                    run_finished_at = table.Column<long>(type: "INTEGER", nullable: true),
                    run_outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    run_pages = table.Column<int>(type: "INTEGER", nullable: false),
                    run_orders = table.Column<int>(type: "INTEGER", nullable: false),
                    run_summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    run_error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_storefronts_sync_states", x => x.store_id);
                });

            migrationBuilder.CreateTable(
                name: "storefronts_store_order_lines",
                columns: table => new
                {
                    record_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    line_number = table.Column<int>(type: "INTEGER", nullable: false),
                    external_line_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_storefronts_store_order_lines", x => new { x.record_id, x.line_number });
                    table.ForeignKey(
                        name: "fk_storefronts_store_order_lines_store_orders_record_id",
                        column: x => x.record_id,
                        principalTable: "storefronts_store_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_storefronts_audit_log_entity_entity_id",
                table: "storefronts_audit_log",
                columns: new[] { "entity", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_storefronts_fulfillment_pushes_shipment_id",
                table: "storefronts_fulfillment_pushes",
                column: "shipment_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_storefronts_inbox_status_received_at",
                table: "storefronts_inbox",
                columns: new[] { "status", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_storefronts_inbox_store_id_delivery_key",
                table: "storefronts_inbox",
                columns: new[] { "store_id", "delivery_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_storefronts_inbox_store_id_received_at",
                table: "storefronts_inbox",
                columns: new[] { "store_id", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_storefronts_inbox_store_id_topic_event_id",
                table: "storefronts_inbox",
                columns: new[] { "store_id", "topic", "event_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_storefronts_push_attempts_at",
                table: "storefronts_push_attempts",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_storefronts_push_attempts_store_id_operation_key_attempt",
                table: "storefronts_push_attempts",
                columns: new[] { "store_id", "operation", "key", "attempt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_storefronts_refunds_store_id_external_order_id",
                table: "storefronts_refunds",
                columns: new[] { "store_id", "external_order_id" });

            migrationBuilder.CreateIndex(
                name: "ix_storefronts_refunds_store_id_refund_id",
                table: "storefronts_refunds",
                columns: new[] { "store_id", "refund_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_storefronts_stock_levels_store_id_pending",
                table: "storefronts_stock_levels",
                columns: new[] { "store_id", "pending" });

            migrationBuilder.CreateIndex(
                name: "ix_storefronts_store_orders_store_id_external_id",
                table: "storefronts_store_orders",
                columns: new[] { "store_id", "external_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "storefronts_audit_log");

            migrationBuilder.DropTable(
                name: "storefronts_fulfillment_pushes");

            migrationBuilder.DropTable(
                name: "storefronts_inbox");

            migrationBuilder.DropTable(
                name: "storefronts_push_attempts");

            migrationBuilder.DropTable(
                name: "storefronts_refunds");

            migrationBuilder.DropTable(
                name: "storefronts_stock_levels");

            migrationBuilder.DropTable(
                name: "storefronts_store_order_lines");

            migrationBuilder.DropTable(
                name: "storefronts_sync_states");

            migrationBuilder.DropTable(
                name: "storefronts_store_orders");
        }
    }
}
