using System.Net;
using Commerce.IntegrationTests.Infrastructure;
using Commerce.Inventory.Contracts;
using Commerce.Inventory.Data;
using Commerce.Inventory.Domain;
using Commerce.Kernel;
using Commerce.Kernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.EntityFrameworkCore;

namespace Commerce.IntegrationTests.Messaging;

/// <summary>The transactional outbox, idempotent handlers and durable queues, on the real database.</summary>
public abstract class DurableMessagingTests(AppFixture fixture, DatabaseProvider provider) : ApiTest(fixture)
{

    [Fact]
    public async Task A_message_published_with_a_data_change_is_delivered_after_commit_and_not_before()
    {
        var sku = await Given.Sku();
        var warehouse = Api.Unique("WH");
        using var scope = App.Services.CreateScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IDbContextOutbox<InventoryDbContext>>();
        await using var transaction = await outbox.DbContext.Database.BeginTransactionAsync();
        outbox.DbContext.Locations.Add(NewLocation(warehouse));
        await outbox.PublishAsync(new ReceiveStock(sku, warehouse, 5, "outbox-commit"));
        await outbox.DbContext.SaveChangesAsync();

        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Empty(await Given.StockBySku(sku));

        await transaction.CommitAsync();
        await outbox.FlushOutgoingMessagesAsync();
        var stock = await Api.Eventually(() => Given.StockBySku(sku), s => s.Count == 1);
        Assert.Equal(5, (int)stock.Single()!["onHand"]!);
    }

    [Fact]
    public async Task A_message_published_in_a_transaction_that_rolls_back_is_never_delivered()
    {
        var sku = await Given.Sku();
        var existing = await Given.Warehouse();
        var warehouse = Api.Unique("WH");
        using (var scope = App.Services.CreateScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<IDbContextOutbox<InventoryDbContext>>();
            await using var transaction = await outbox.DbContext.Database.BeginTransactionAsync();
            outbox.DbContext.Locations.Add(NewLocation(warehouse));
            await outbox.PublishAsync(new ReceiveStock(sku, existing, 5, "outbox-rollback"));
            await outbox.DbContext.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        // A control message sent afterwards is processed; the rolled-back one must not have been before it.
        await Client.PostJson("/api/inventory/receipts", new { sku, location = existing, quantity = 1, reference = "control" })
            .ExpectJson(HttpStatusCode.OK);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(1, (int)(await Given.StockBySku(sku)).Single()!["onHand"]!);
        Assert.DoesNotContain(await Given.Ledger(sku), m => (string?)m!["reference"] == "outbox-rollback");
        await Client.GetAsync($"/api/inventory/locations/{warehouse}").ExpectJson(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Handling_the_same_message_twice_changes_nothing_the_second_time()
    {
        var sku = await Given.Sku();
        var warehouse = await Given.Warehouse();
        await Given.Receive(sku, warehouse, 5);
        var id = (string)(await Given.PlaceOrder(Api.Unique("D"), (sku, 2)))["id"]!;
        await Given.OrderInStatus(id, "Allocated");
        var orderId = Guid.Parse(id);
        var bus = App.Services.GetRequiredService<IMessageBus>();

        var reserve = new ReserveStock(orderId, DateTimeOffset.UtcNow, [new RequestedLine(1, sku, 2)]);
        await bus.InvokeAsync(new[] { reserve, reserve });
        await bus.InvokeAsync(new[] { new StockAllocationChanged(orderId, 1, [new AllocatedLine(1, sku, 2, 2, [new AllocatedAt("MAIN", 2)])]) });
        await bus.InvokeAsync(new[] { new StockAllocationChanged(orderId, 0, [new AllocatedLine(1, sku, 2, 0, [])]) });

        Assert.Single(await Given.Ledger(sku), m => (string?)m!["kind"] == "Reservation");
        Assert.Equal(2, (int)(await Given.StockBySku(sku)).Single()!["reserved"]!);
        var order = await Given.GetOrder(id);
        Assert.Equal("Allocated", (string?)order["status"]);
        Assert.Equal(2, order["history"]!.AsArray().Count);
    }

    [Fact]
    public async Task Messages_accepted_before_a_restart_are_processed_after_it()
    {
        var database = await CommerceApp.NewDatabaseAsync(provider);
        string sku, warehouse;
        await using (var first = await CommerceApp.StartAsync(provider, database))
        {
            var given = new Scenario(first.ClientWithRole(Roles.Admin));
            (sku, warehouse) = (await given.Sku(), await given.Warehouse());
            var bus = first.Services.GetRequiredService<IMessageBus>();
            await bus.ScheduleAsync(new ReceiveStock(sku, warehouse, 7, "before-restart"), TimeSpan.FromSeconds(4));
        }

        await using var second = await CommerceApp.StartAsync(provider, database);
        var after = new Scenario(second.ClientWithRole(Roles.Admin));
        var stock = await Api.Eventually(() => after.StockBySku(sku), s => s.Count == 1, timeoutSeconds: 60);
        Assert.Equal(7, (int)stock.Single()!["onHand"]!);
    }

    private static Location NewLocation(string code) => new()
    {
        Code = code, Name = code, AddressLine1 = "9 Quay", City = "Leeds", PostalCode = "LS1 1AA", CountryCode = "GB",
        CreatedAt = DateTimeOffset.UtcNow,
    };
}

[Collection(SqliteCollection.Name)]
public sealed class DurableMessagingOnSqlite(SqliteApp fixture) : DurableMessagingTests(fixture, DatabaseProvider.Sqlite);

[Collection(PostgresCollection.Name)]
public sealed class DurableMessagingOnPostgres(PostgresApp fixture) : DurableMessagingTests(fixture, DatabaseProvider.Postgres);
