using System.Net;
using Commerce.IntegrationTests.Infrastructure;

namespace Commerce.IntegrationTests.Platform;

[Collection(SqliteCollection.Name)]
public sealed class ApiReferenceTests(SqliteApp fixture)
{
    private readonly HttpClient _client = fixture.App.AnonymousClient();

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint_with_a_summary_a_tag_and_typed_responses()
    {
        var document = await _client.GetAsync("/openapi/v1.json").ExpectJson(HttpStatusCode.OK);

        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => (Path: path.Key, Method: op.Key, Operation: op.Value!)))
            .ToList();
        Assert.Contains(operations, o => o.Path == "/api/orders" && o.Method == "post");
        Assert.Contains(operations, o => o.Path == "/api/inventory/receipts");
        Assert.All(operations, o =>
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)o.Operation["summary"]), $"{o.Method} {o.Path} has no summary");
            Assert.NotEmpty(o.Operation["tags"]!.AsArray());
            Assert.NotNull(o.Operation["responses"]!["200"] ?? o.Operation["responses"]!["201"] ?? o.Operation["responses"]!["202"] ?? o.Operation["responses"]!["204"]);
        });
        var tags = operations.SelectMany(o => o.Operation["tags"]!.AsArray().Select(t => (string)t!)).ToHashSet();
        Assert.Superset(new HashSet<string> { "Orders", "Inventory", "Administration" }, tags);
    }

    [Fact]
    public async Task Scalar_serves_the_api_reference()
    {
        var response = await _client.GetAsync("/scalar");
        if (response.StatusCode == HttpStatusCode.MovedPermanently || response.StatusCode == HttpStatusCode.Redirect)
            response = await _client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("openapi", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Health_reports_the_database_and_the_message_store()
    {
        var health = await _client.GetAsync("/health").ExpectJson(HttpStatusCode.OK);
        Assert.Equal("Healthy", (string?)health["status"]);
        Assert.Equal("Healthy", (string?)health["checks"]!["database"]!["status"]);
        Assert.Equal("Healthy", (string?)health["checks"]!["message-store"]!["status"]);
    }
}
