using System.Net;
using System.Text.Json.Nodes;
using Commerce.IntegrationTests.Infrastructure;

namespace Commerce.IntegrationTests.Orders;

/// <summary>Refunds decided here: never more than the order came to, idempotent by key, seen on the order.</summary>
public abstract class OrderRefundTests(AppFixture fixture) : ApiTest(fixture)
{
    /// <summary>An order of 3 × SKU A and 1 × SKU B at 19.99 each: 79.96 USD.</summary>
    private async Task<string> AnOrder()
    {
        var (a, b) = (await Given.Sku(), await Given.Sku());
        return (string)(await Given.PlaceOrder(Api.Unique("R"), (a, 3), (b, 1)))["id"]!;
    }

    private Task<HttpResponseMessage> Refund(string orderId, object body, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/orders/{orderId}/refunds")
        {
            Content = System.Net.Http.Json.JsonContent.Create(body, options: Api.Json),
        };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return Client.SendAsync(request);
    }

    [Fact]
    public async Task A_refund_is_recorded_on_the_order_with_its_lines_and_who_made_it()
    {
        var id = await AnOrder();

        var refund = await Refund(id, new { amount = 39.98, reason = "Two arrived scratched", lines = new[] { new { lineNumber = 1, quantity = 2 } } })
            .ExpectJson(HttpStatusCode.Created);

        Assert.Equal(39.98m, (decimal)refund["amount"]!);
        Assert.Equal("USD", (string?)refund["currency"]);
        Assert.Equal("here", (string?)refund["origin"]);
        Assert.Equal("Two arrived scratched", (string?)refund["reason"]);
        Assert.Equal("api-key:test-admin", (string?)refund["actor"]);
        var line = Assert.Single(refund["lines"]!.AsArray())!;
        Assert.Equal((1, 2), ((int)line["lineNumber"]!, (int)line["quantity"]!));
        var order = await Given.GetOrder(id);
        Assert.Equal(39.98m, (decimal)order["refunded"]!);
        Assert.Equal((string?)refund["id"], (string?)Assert.Single(order["refunds"]!.AsArray())!["id"]);
    }

    [Fact]
    public async Task More_than_is_left_to_refund_is_refused_naming_the_field_and_changes_nothing()
    {
        var id = await AnOrder();
        await Refund(id, new { amount = 60 }).ExpectJson(HttpStatusCode.Created);

        var tooMuch = await Refund(id, new { amount = 20 }).ExpectJson(HttpStatusCode.BadRequest);
        Assert.Contains("at most 19.96 USD", (string?)tooMuch["errors"]!["amount"]![0]);
        var tooMany = await Refund(id, new { amount = 1, lines = new[] { new { lineNumber = 2, quantity = 2 }, new { lineNumber = 9, quantity = 1 } } })
            .ExpectJson(HttpStatusCode.BadRequest);
        Assert.Contains("at most 1", (string?)tooMany["errors"]!["lines[0].quantity"]![0]);
        Assert.Contains("no line 9", (string?)tooMany["errors"]!["lines[1].lineNumber"]![0]);

        await Refund(id, new { amount = 19.96 }).ExpectJson(HttpStatusCode.Created);
        var nothingLeft = await Refund(id, new { amount = 0.01 }).ExpectJson(HttpStatusCode.BadRequest);
        Assert.Contains("refunded in full", (string?)nothingLeft["errors"]!["amount"]![0]);
        var order = await Given.GetOrder(id);
        Assert.Equal(79.96m, (decimal)order["refunded"]!);
        Assert.Equal(2, order["refunds"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("""{"amount":0}""", "amount")]
    [InlineData("""{"amount":-5}""", "amount")]
    [InlineData("""{"amount":1.234}""", "amount")]
    [InlineData("""{}""", "amount")]
    [InlineData("""{"amount":1,"lines":[{"lineNumber":0,"quantity":1}]}""", "lines[0].lineNumber")]
    [InlineData("""{"amount":1,"lines":[{"lineNumber":1,"quantity":0}]}""", "lines[0].quantity")]
    [InlineData("""{"amount":1,"lines":[null]}""", "lines[0]")]
    [InlineData("""{"amount":1,"lines":[{"lineNumber":1,"quantity":1},{"lineNumber":1,"quantity":1}]}""", "lines[1].lineNumber")]
    public async Task A_malformed_refund_is_refused_naming_the_field(string body, string field)
    {
        var id = await AnOrder();

        var response = await Client.PostAsync($"/api/orders/{id}/refunds", new StringContent(body, System.Text.Encoding.UTF8, "application/json"))
            .ExpectJson(HttpStatusCode.BadRequest);

        Assert.NotNull(response["errors"]![field]);
        Assert.Empty((await Given.GetOrder(id))["refunds"]!.AsArray());
    }

    [Fact]
    public async Task The_same_idempotency_key_answers_with_the_first_refund_and_a_different_request_under_it_is_a_conflict()
    {
        var id = await AnOrder();
        var key = Guid.NewGuid().ToString();

        var first = await Refund(id, new { amount = 10, reason = "late" }, key).ExpectJson(HttpStatusCode.Created);
        var again = await Refund(id, new { amount = 10, reason = "late" }, key).ExpectJson(HttpStatusCode.OK);
        var other = await Refund(id, new { amount = 12, reason = "late" }, key).ExpectJson(HttpStatusCode.Conflict);

        Assert.Equal((string?)first["id"], (string?)again["id"]);
        Assert.Contains((string)first["id"]!, (string?)other["detail"]);
        Assert.Equal(10m, (decimal)(await Given.GetOrder(id))["refunded"]!);
    }

    [Fact]
    public async Task Refunds_racing_for_the_same_order_never_give_back_more_than_it_came_to()
    {
        var id = await AnOrder();

        // 79.96 USD: at most three refunds of 25 fit.
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Refund(id, new { amount = 25 })));

        Assert.Equal(3, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.BadRequest }));
        var order = await Given.GetOrder(id);
        Assert.Equal(75m, (decimal)order["refunded"]!);
        Assert.Equal(3, order["refunds"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_refund_of_an_unknown_order_is_not_found()
    {
        var response = await Refund(Guid.NewGuid().ToString(), new { amount = 5 }).ExpectJson(HttpStatusCode.NotFound);
        Assert.Equal("Order not found.", (string?)response["title"]);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OrderRefundsOnSqlite(SqliteApp fixture) : OrderRefundTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class OrderRefundsOnPostgres(PostgresApp fixture) : OrderRefundTests(fixture);
