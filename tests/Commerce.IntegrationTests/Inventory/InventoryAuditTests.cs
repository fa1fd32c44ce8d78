using System.Net;
using System.Text.Json.Nodes;
using Commerce.IntegrationTests.Infrastructure;
using Commerce.Kernel.Security;

namespace Commerce.IntegrationTests.Inventory;

/// <summary>
/// Who changed what in Inventory, and when: the catalog and locations in the module's audit trail, every stock change
/// in the ledger, each with the key that made it.
/// </summary>
public abstract class InventoryAuditTests(AppFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Catalog_location_and_stock_changes_each_record_the_key_that_made_them()
    {
        var started = DateTimeOffset.UtcNow.AddSeconds(-1);
        var warehouseKey = App.ClientWithRole(Roles.Warehouse);
        var sku = await Given.Sku();
        var location = await Given.Warehouse();
        await new Scenario(warehouseKey).Receive(sku, location, 10);
        await warehouseKey.PostJson("/api/inventory/adjustments", new { sku, location, delta = -2, reason = "water damage" })
            .ExpectJson(HttpStatusCode.OK);

        var skuEntries = await AuditOf("Sku");
        var added = Assert.Single(skuEntries)!;
        Assert.Equal("Added", (string?)added["change"]);
        Assert.Equal("api-key:test-admin", (string?)added["actor"]);
        Assert.Equal(sku, (string?)JsonNode.Parse((string)added["changes"]!)!["Code"]![1]);
        Assert.Equal("api-key:test-admin", (string?)Assert.Single(await AuditOf("Location"))!["actor"]);

        var ledger = await Given.Ledger(sku);
        Assert.Equal(["Receipt", "Adjustment"], ledger.Reverse().Select(m => (string)m!["kind"]!).ToArray());
        Assert.All(ledger, m => Assert.Equal("api-key:test-warehouse", (string?)m!["actor"]));
        Assert.All(ledger, m => Assert.InRange(DateTimeOffset.Parse((string)m!["at"]!), started, DateTimeOffset.UtcNow));
        Assert.Equal("water damage", (string?)ledger[0]!["reason"]);
    }

    private async Task<JsonArray> AuditOf(string entity) =>
        (await Client.GetAsync($"/api/inventory/audit?entity={entity}").ExpectJson(HttpStatusCode.OK))["items"]!.AsArray();
}

[Collection(SqliteCollection.Name)]
public sealed class InventoryAuditOnSqlite(SqliteApp fixture) : InventoryAuditTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class InventoryAuditOnPostgres(PostgresApp fixture) : InventoryAuditTests(fixture);
