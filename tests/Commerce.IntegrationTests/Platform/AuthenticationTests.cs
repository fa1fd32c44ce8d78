using System.Net;
using System.Net.Http.Json;
using Commerce.IntegrationTests.Infrastructure;
using Commerce.Kernel.Security;

namespace Commerce.IntegrationTests.Platform;

/// <summary>Keys carry roles, and which role may do what; every endpoint's 401 and 403 are swept in <see cref="EndpointSweepTests"/>.</summary>
[Collection(SqliteCollection.Name)]
public sealed class AuthenticationTests(SqliteApp fixture)
{
    private readonly CommerceApp _app = fixture.App;

    [Theory]
    [InlineData(Roles.Warehouse, "POST", "/api/orders")]
    [InlineData(Roles.Warehouse, "POST", "/api/orders/00000000-0000-0000-0000-000000000000/refunds")]
    [InlineData(Roles.Agent, "POST", "/api/inventory/receipts")]
    [InlineData(Roles.Integration, "POST", "/api/inventory/skus")]
    [InlineData(Roles.Manager, "GET", "/api/admin/api-keys")]
    [InlineData(Roles.Warehouse, "POST", "/api/admin/api-keys")]
    public async Task A_key_without_the_role_answers_403(string role, string method, string url)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = JsonContent.Create(new { }) };
        var response = await _app.ClientWithRole(role).SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Warehouse, "/api/inventory/skus")]
    [InlineData(Roles.Agent, "/api/orders")]
    [InlineData(Roles.Integration, "/api/orders")]
    [InlineData(Roles.Manager, "/api/inventory/locations")]
    public async Task A_key_with_the_role_is_let_in(string role, string url)
    {
        var response = await _app.ClientWithRole(role).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_admin_creates_a_key_that_works_until_it_is_revoked_and_only_its_hash_is_stored()
    {
        var admin = _app.ClientWithRole(Roles.Admin);
        var issued = await admin.PostJson("/api/admin/api-keys", new { name = "shopify-bridge", roles = new[] { "integration" } })
            .ExpectJson(HttpStatusCode.Created);
        var key = (string)issued["key"]!;
        var client = _app.AnonymousClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/orders")).StatusCode);
        var listed = await admin.GetAsync("/api/admin/api-keys").ExpectJson(HttpStatusCode.OK);
        Assert.DoesNotContain(key, listed.ToJsonString());

        var revoked = await admin.DeleteAsync($"/api/admin/api-keys/{(string)issued["id"]!}");
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/orders")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_key_answers_401()
    {
        var client = _app.AnonymousClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "cmk_not-a-real-key");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/orders")).StatusCode);
    }
}
