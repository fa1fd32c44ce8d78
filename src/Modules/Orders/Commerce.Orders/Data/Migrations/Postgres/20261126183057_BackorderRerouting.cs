using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Orders.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BackorderRerouting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "reroute_after_hours",
                schema: "orders",
                table: "routing_rules",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reroute_to",
                schema: "orders",
                table: "routing_rules",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "rerouted_at",
                schema: "orders",
                table: "routing_decisions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "rule_id",
                schema: "orders",
                table: "routing_decisions",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_routing_decisions_backordered_rerouted_at_at",
                schema: "orders",
                table: "routing_decisions",
                columns: new[] { "backordered", "rerouted_at", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_routing_decisions_backordered_rerouted_at_at",
                schema: "orders",
                table: "routing_decisions");

            migrationBuilder.DropColumn(
                name: "reroute_after_hours",
                schema: "orders",
                table: "routing_rules");

            migrationBuilder.DropColumn(
                name: "reroute_to",
                schema: "orders",
                table: "routing_rules");

            migrationBuilder.DropColumn(
                name: "rerouted_at",
                schema: "orders",
                table: "routing_decisions");

            migrationBuilder.DropColumn(
                name: "rule_id",
                schema: "orders",
                table: "routing_decisions");
        }
    }
}
