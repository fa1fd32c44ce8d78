using System.Net;
using System.Net.Http.Json;
using Commerce.IntegrationTests.Infrastructure;
using Commerce.Kernel;
using Commerce.Kernel.Security;
using Commerce.Orders.Features.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Wolverine;

namespace Commerce.IntegrationTests.Orders;

/// <summary>
/// A rule backorders at our warehouse and sends what waited a day to a dropship supplier instead: on a host whose clock
/// the test moves, the hourly pass re-routes the units, the supplier gets its purchase order, Inventory stops holding
/// the demand.
/// </summary>
public abstract class BackorderRerouteTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
    private CommerceApp _app = null!;
    private PartnerSandbox _partners = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _partners = await PartnerSandbox.StartAsync();
        _partners.Reset();
        _app = await CommerceApp.StartAsync(provider, settings: _partners.Settings, services: s => s.AddSingleton<TimeProvider>(_clock));
        _client = _app.ClientWithRole(Roles.Admin);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _partners.DisposeAsync();
    }

    [Fact]
    public async Task Units_backordered_longer_than_the_rule_allows_go_to_the_supplier_and_leave_our_backorders()
    {
        var given = new Scenario(_client);
        var (sku, warehouse) = (await given.Sku(), await given.Warehouse());
        await _client.PutAsJsonAsync("/api/orders/fulfillment-sources/main", new { name = "Main", kind = "warehouse", location = warehouse }, Api.Json)
            .ExpectJson(HttpStatusCode.OK);
        await _client.PutAsJsonAsync("/api/orders/fulfillment-sources/chair-co",
            new { name = "Chair Co", kind = "dropship", partner = PartnerSandbox.SupplierAccount }, Api.Json).ExpectJson(HttpStatusCode.OK);
        await _client.PutAsJsonAsync($"/api/orders/fulfillment-sources/chair-co/items/{sku}", new { unitCost = 30 }, Api.Json).ExpectJson(HttpStatusCode.OK);
        await _client.PostJson("/api/orders/routing-rules", new
        {
            name = "Ours, else the supplier after a day", sources = new[] { "main" }, allowBackorder = true,
            rerouteAfterHours = 24, rerouteTo = "chair-co",
        }).ExpectJson(HttpStatusCode.Created);

        var orderId = (string)(await given.PlaceOrder(Api.Unique("RR"), (sku, 2)))["id"]!;
        await given.OrderInStatus(orderId, "Backordered");
        var bus = _app.Services.GetRequiredService<IMessageBus>();

        _clock.Advance(TimeSpan.FromHours(23));
        await bus.InvokeAsync(new RerouteBackorders());
        Assert.Equal("Backordered", (string?)(await given.GetOrder(orderId))["status"]);

        _clock.Advance(TimeSpan.FromHours(2));
        await bus.InvokeAsync(new RerouteBackorders());
        await bus.InvokeAsync(new RerouteBackorders());
        var order = await given.OrderWhen(orderId, o => (string?)o["status"] == "Allocated"
            && o["fulfillments"]!.AsArray().Any(f => (string?)f!["status"] == "requested"));
        var part = order["fulfillments"]!.AsArray().Single()!;
        Assert.Equal(("chair-co", 2), ((string)part["source"]!, (int)part["lines"]![0]!["quantity"]!));
        Assert.Contains("re-routed to chair-co", (string)order["routing"]!.AsArray().Last()!["reason"]!);
        var mail = await _partners.Mail.NextMessageAsync(TimeSpan.FromSeconds(30));
        Assert.Contains((string)part["id"]!, mail.Message.Subject);

        // Stock arriving now is not held for the order: the supplier ships its units.
        await given.Receive(sku, warehouse, 5);
        await Task.Delay(500);
        var stock = await Api.Eventually(() => given.StockBySku(sku), s => (int)s[0]!["onHand"]! == 5);
        Assert.Equal(0, (int)stock[0]!["reserved"]!);
        Assert.Equal("Allocated", (string?)(await given.GetOrder(orderId))["status"]);
        Assert.Single(_partners.Mail.Messages);
    }
}

public sealed class BackorderRerouteOnSqlite() : BackorderRerouteTests(DatabaseProvider.Sqlite);

[Collection(PostgresCollection.Name)]
public sealed class BackorderRerouteOnPostgres() : BackorderRerouteTests(DatabaseProvider.Postgres);
