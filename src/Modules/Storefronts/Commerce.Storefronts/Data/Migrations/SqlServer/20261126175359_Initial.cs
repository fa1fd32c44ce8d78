using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Storefronts.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "storefronts");

            migrationBuilder.CreateTable(
                name: "audit_log",
                schema: "storefronts",
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
                name: "fulfillment_pushes",
                schema: "storefronts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    store_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    shipment_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    external_order_id = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    tracking_numbers = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    attempts = table.Column<int>(type: "int", nullable: false),
                    last_error = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fulfillment_pushes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox",
                schema: "storefronts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    store_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    connector = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    topic = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    delivery_id = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    delivery_key = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    event_id = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    triggered_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    body = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    headers = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    attempts = table.Column<int>(type: "int", nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    external_order_id = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    outcome = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    failure_reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "push_attempts",
                schema: "storefronts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    store_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    operation = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    key = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    attempt = table.Column<int>(type: "int", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    status_code = table.Column<int>(type: "int", nullable: true),
                    error = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    detail = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_push_attempts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "refunds",
                schema: "storefronts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    store_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    external_order_id = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    refund_id = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    amount = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    currency = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    lines = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    delivery_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_refunds", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "stock_levels",
                schema: "storefronts",
                columns: table => new
                {
                    store_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    sku = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "int", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    pending = table.Column<bool>(type: "bit", nullable: false),
                    pushed_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stock_levels", x => new { x.store_id, x.sku });
                });

            migrationBuilder.CreateTable(
                name: "store_orders",
                schema: "storefronts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    store_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    external_id = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    number = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    store_status = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    store_updated_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    placed = table.Column<bool>(type: "bit", nullable: false),
                    cancelled = table.Column<bool>(type: "bit", nullable: false),
                    first_seen_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    last_applied_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    last_source = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    revision = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_store_orders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sync_states",
                schema: "storefronts",
                columns: table => new
                {
                    store_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    cursor = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    run_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    run_trigger = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    run_started_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    run_finished_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    run_outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    run_pages = table.Column<int>(type: "int", nullable: false),
                    run_orders = table.Column<int>(type: "int", nullable: false),
                    run_summary = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    run_error = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sync_states", x => x.store_id);
                });

            migrationBuilder.CreateTable(
                name: "store_order_lines",
                schema: "storefronts",
                columns: table => new
                {
                    record_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    line_number = table.Column<int>(type: "int", nullable: false),
                    external_line_id = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    sku = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    quantity = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_store_order_lines", x => new { x.record_id, x.line_number });
                    table.ForeignKey(
                        name: "fk_store_order_lines_store_orders_record_id",
                        column: x => x.record_id,
                        principalSchema: "storefronts",
                        principalTable: "store_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_entity_entity_id",
                schema: "storefronts",
                table: "audit_log",
                columns: new[] { "entity", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_fulfillment_pushes_shipment_id",
                schema: "storefronts",
                table: "fulfillment_pushes",
                column: "shipment_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inbox_status_received_at",
                schema: "storefronts",
                table: "inbox",
                columns: new[] { "status", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_inbox_store_id_delivery_key",
                schema: "storefronts",
                table: "inbox",
                columns: new[] { "store_id", "delivery_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inbox_store_id_received_at",
                schema: "storefronts",
                table: "inbox",
                columns: new[] { "store_id", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_inbox_store_id_topic_event_id",
                schema: "storefronts",
                table: "inbox",
                columns: new[] { "store_id", "topic", "event_id" },
                unique: true,
                filter: "[event_id] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_push_attempts_at",
                schema: "storefronts",
                table: "push_attempts",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_push_attempts_store_id_operation_key_attempt",
                schema: "storefronts",
                table: "push_attempts",
                columns: new[] { "store_id", "operation", "key", "attempt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_refunds_store_id_external_order_id",
                schema: "storefronts",
                table: "refunds",
                columns: new[] { "store_id", "external_order_id" });

            migrationBuilder.CreateIndex(
                name: "ix_refunds_store_id_refund_id",
                schema: "storefronts",
                table: "refunds",
                columns: new[] { "store_id", "refund_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_stock_levels_store_id_pending",
                schema: "storefronts",
                table: "stock_levels",
                columns: new[] { "store_id", "pending" });

            migrationBuilder.CreateIndex(
                name: "ix_store_orders_store_id_external_id",
                schema: "storefronts",
                table: "store_orders",
                columns: new[] { "store_id", "external_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_log",
                schema: "storefronts");

            migrationBuilder.DropTable(
                name: "fulfillment_pushes",
                schema: "storefronts");

            migrationBuilder.DropTable(
                name: "inbox",
                schema: "storefronts");

            migrationBuilder.DropTable(
                name: "push_attempts",
                schema: "storefronts");

            migrationBuilder.DropTable(
                name: "refunds",
                schema: "storefronts");

            migrationBuilder.DropTable(
                name: "stock_levels",
                schema: "storefronts");

            migrationBuilder.DropTable(
                name: "store_order_lines",
                schema: "storefronts");

            migrationBuilder.DropTable(
                name: "sync_states",
                schema: "storefronts");

            migrationBuilder.DropTable(
                name: "store_orders",
                schema: "storefronts");
        }
    }
}
