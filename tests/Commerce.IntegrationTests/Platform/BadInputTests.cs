using System.Net;
using System.Text;
using Commerce.IntegrationTests.Infrastructure;
using Commerce.Kernel.Security;

namespace Commerce.IntegrationTests.Platform;

/// <summary>Bad input gets a clear 4xx as problem details and changes nothing; no input produces a 500.</summary>
public abstract class BadInputTests(AppFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task An_order_for_an_unknown_sku_is_refused_naming_the_line_and_nothing_is_written()
    {
        var known = await Given.Sku();
        var externalId = Api.Unique("U");

        var problem = await Client.PostJson("/api/orders", Scenario.Order(externalId, (known, 1), ("NO-SUCH-SKU", 2)))
            .ExpectJson(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["lines[1].sku"]);
        Assert.Null(problem["errors"]!["lines[0].sku"]);
        var list = await Client.GetAsync("/api/orders?pageSize=500").ExpectJson(HttpStatusCode.OK);
        Assert.DoesNotContain(list["items"]!.AsArray(), o => (string?)o!["externalId"] == externalId);
    }

    [Fact]
    public async Task An_order_with_bad_fields_is_refused_naming_each_field()
    {
        var sku = await Given.Sku();
        var body = new
        {
            channel = "api", externalId = Api.Unique("F"),
            customer = new { name = "", email = "not-an-email" },
            shippingAddress = new { name = "X", line1 = "1 St", city = "", postalCode = "1", countryCode = "usa" },
            serviceLevel = "teleport",
            lines = new[] { new { sku, quantity = 0, unitPrice = -1m, currency = "usd" } },
        };

        var problem = await Client.PostJson("/api/orders", body).ExpectJson(HttpStatusCode.BadRequest);

        var errors = problem["errors"]!.AsObject().Select(e => e.Key).ToHashSet();
        Assert.Superset(new HashSet<string>
        {
            "customer.name", "customer.email", "shippingAddress.city", "shippingAddress.countryCode", "serviceLevel",
            "lines[0].quantity", "lines[0].unitPrice", "lines[0].currency",
        }, errors);
    }

    [Fact]
    public async Task An_order_with_ten_thousand_lines_is_refused()
    {
        var sku = await Given.Sku();
        var lines = Enumerable.Range(0, 10_000).Select(_ => (sku, 1)).ToArray();
        var before = await Database.SnapshotAsync();

        var response = await Client.PostJson("/api/orders", Scenario.Order(Api.Unique("BIG"), lines));

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge,
            $"got {response.StatusCode}");
        Assert.Equal(before, await Database.SnapshotAsync());
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413()
    {
        var body = "{\"channel\":\"" + new string('x', 2 * 1024 * 1024) + "\"}";
        var before = await Database.SnapshotAsync();
        var response = await Client.PostAsync("/api/orders", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await Database.SnapshotAsync());
    }

    [Fact]
    public async Task Unknown_ids_and_bad_query_values_are_4xx_problems()
    {
        await Client.GetAsync($"/api/orders/{Guid.NewGuid()}").ExpectJson(HttpStatusCode.NotFound);
        await Client.PostJson($"/api/orders/{Guid.NewGuid()}/cancel", new { }).ExpectJson(HttpStatusCode.NotFound);
        await Client.GetAsync("/api/inventory/stock/by-sku/NOPE").ExpectJson(HttpStatusCode.NotFound);
        await Client.GetAsync("/api/orders?status=Lost").ExpectJson(HttpStatusCode.BadRequest);
        await Client.GetAsync("/api/orders?pageSize=0").ExpectJson(HttpStatusCode.BadRequest);
        var badDate = await Client.GetAsync("/api/orders?from=yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        await Client.PostJson("/api/inventory/receipts", new { sku = "NOPE", location = "NOWHERE", quantity = 1 })
            .ExpectJson(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_duplicate_sku_code_is_a_409_and_the_first_sku_is_unchanged()
    {
        var code = await Given.Sku();
        await Client.PostJson("/api/inventory/skus", new { code, name = "Impostor", currency = "USD" }).ExpectJson(HttpStatusCode.Conflict);
        var sku = await Client.GetAsync($"/api/inventory/skus/{code}").ExpectJson(HttpStatusCode.OK);
        Assert.Equal($"Product {code}", (string?)sku["name"]);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class BadInputOnSqlite(SqliteApp fixture) : BadInputTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class BadInputOnPostgres(PostgresApp fixture) : BadInputTests(fixture);
