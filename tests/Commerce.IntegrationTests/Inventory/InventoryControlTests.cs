using System.Net;
using Commerce.IntegrationTests.Infrastructure;
using Commerce.Inventory.Contracts;
using Commerce.Kernel;
using Commerce.Kernel.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Wolverine;

namespace Commerce.IntegrationTests.Inventory;

/// <summary>
/// Forecasts, reorder points and ABC classes from a shipment history built day by day on a host whose clock the test
/// moves: orders placed through the API, shipped by message, one day at a time.
/// </summary>
public abstract class InventoryControlTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero));
    private CommerceApp _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await CommerceApp.StartAsync(provider,
            settings: new Dictionary<string, string> { ["Commerce:Inventory:Control:HistoryDays"] = "28" },
            services: s => s.AddSingleton<TimeProvider>(_clock));
        _client = _app.ClientWithRole(Roles.Admin);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_steady_seller_gets_the_hand_computed_forecast_reorder_point_and_order_quantity_and_an_a_class()
    {
        var given = new Scenario(_client);
        var location = await given.Warehouse();
        var steady = await given.Sku();
        var slow = await given.Sku();
        await given.Receive(steady, location, 200);
        await given.Receive(slow, location, 50);
        var bus = _app.Services.GetRequiredService<IMessageBus>();

        // 28 days, 4 units of the steady seller a day; the slow one sells once.
        for (var day = 0; day < 28; day++)
        {
            var lines = day == 10 ? new[] { (steady, 4), (slow, 1) } : new[] { (steady, 4) };
            var orderId = (string)(await given.PlaceOrder(Api.Unique("D"), lines))["id"]!;
            await given.OrderInStatus(orderId, "Allocated");
            await bus.InvokeAsync(new ShipStock(Guid.Parse(orderId), location));
            _clock.Advance(TimeSpan.FromDays(1));
        }

        var plans = await _client.GetAsync($"/api/inventory/replenishment/{location}").ExpectJson(HttpStatusCode.OK);
        var plan = plans.AsArray().Single(p => (string?)p!["sku"] == steady)!;

        // Holt on a constant 4 a day: level 4, trend 0, no error → σ 0, so no safety stock.
        Assert.Equal(4m, (decimal)plan["forecastDailyDemand"]!);
        Assert.Equal(0m, (decimal)plan["demandStdDev"]!);
        Assert.Equal(0m, (decimal)plan["safetyStock"]!);
        // Reorder point = 4 a day × 7 days' lead time = 28.
        Assert.Equal(28m, (decimal)plan["reorderPoint"]!);
        // EOQ = √(2 · 1,460 a year · $50 an order ÷ ($7.50 × 25 % a year)) = √77,866.7 = 279.05 → 280, more than 14 days × 4 = 56.
        Assert.Equal(280m, (decimal)plan["suggestedOrderQuantity"]!);
        Assert.Equal(200 - 28 * 4, (int)plan["onHand"]!);
        Assert.False((bool)plan["belowReorderPoint"]!);

        await _client.PostJson("/api/inventory/adjustments", new { sku = steady, location, delta = -70, reason = "damaged" })
            .ExpectJson(HttpStatusCode.OK);
        var after = (await _client.GetAsync($"/api/inventory/replenishment/{location}").ExpectJson(HttpStatusCode.OK))
            .AsArray().Single(p => (string?)p!["sku"] == steady)!;
        Assert.True((bool)after["belowReorderPoint"]!);
        Assert.True((decimal)after["orderNow"]! >= 280m);

        var abc = await _client.PostJson("/api/inventory/abc/recompute", new { }).ExpectJson(HttpStatusCode.OK);
        var classes = abc.AsArray().ToDictionary(c => (string)c!["sku"]!, c => (string)c!["class"]!);
        Assert.Equal("A", classes[steady]);
        Assert.Equal(112 * 7.5m, (decimal)abc.AsArray().Single(c => (string?)c!["sku"] == steady)!["annualValue"]!);
        Assert.Equal("C", classes[slow]);
    }
}

public sealed class InventoryControlOnSqlite() : InventoryControlTests(DatabaseProvider.Sqlite);

[Collection(PostgresCollection.Name)]
public sealed class InventoryControlOnPostgres() : InventoryControlTests(DatabaseProvider.Postgres);
