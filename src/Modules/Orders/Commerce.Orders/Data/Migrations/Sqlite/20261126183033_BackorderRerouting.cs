using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Orders.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BackorderRerouting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "reroute_after_hours",
                table: "orders_routing_rules",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reroute_to",
                table: "orders_routing_rules",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "rerouted_at",
                table: "orders_routing_decisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "rule_id",
                table: "orders_routing_decisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_orders_routing_decisions_backordered_rerouted_at_at",
                table: "orders_routing_decisions",
                columns: new[] { "backordered", "rerouted_at", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_orders_routing_decisions_backordered_rerouted_at_at",
                table: "orders_routing_decisions");

            migrationBuilder.DropColumn(
                name: "reroute_after_hours",
                table: "orders_routing_rules");

            migrationBuilder.DropColumn(
                name: "reroute_to",
                table: "orders_routing_rules");

            migrationBuilder.DropColumn(
                name: "rerouted_at",
                table: "orders_routing_decisions");

            migrationBuilder.DropColumn(
                name: "rule_id",
                table: "orders_routing_decisions");
        }
    }
}
