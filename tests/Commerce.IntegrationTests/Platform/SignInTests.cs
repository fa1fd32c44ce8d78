using System.Net;
using Commerce.IntegrationTests.Infrastructure;
using Commerce.Kernel;
using Commerce.Kernel.Security;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Commerce.IntegrationTests.Platform;

/// <summary>People sign in with email and password; the session cookie carries their roles.</summary>
[Collection(SqliteCollection.Name)]
public sealed class SignInTests(SqliteApp fixture)
{
    private readonly CommerceApp _app = fixture.App;
    private readonly HttpClient _admin = fixture.App.ClientWithRole(Roles.Admin);

    [Fact]
    public async Task A_user_signs_in_works_within_their_roles_and_signs_out()
    {
        var email = $"{Api.Unique("agent")}@shop.example";
        await _admin.PostJson("/api/admin/users", new { email, displayName = "Ana Agent", password = "correct horse battery", roles = new[] { "agent" } })
            .ExpectJson(HttpStatusCode.Created);
        var browser = Browser();

        await browser.PostJson("/auth/sign-in", new { email, password = "wrong password!!" }).ExpectJson(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/orders")).StatusCode);

        var me = await browser.PostJson("/auth/sign-in", new { email = email.ToUpperInvariant(), password = "correct horse battery" })
            .ExpectJson(HttpStatusCode.OK);
        Assert.Equal("user", (string?)me["kind"]);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/orders")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await browser.PostJson("/api/inventory/receipts", new { sku = "X", location = "Y", quantity = 1 })).StatusCode);
        var whoAmI = await browser.GetAsync("/auth/me").ExpectJson(HttpStatusCode.OK);
        Assert.Equal($"user:{email}", (string?)whoAmI["name"]);

        Assert.Equal(HttpStatusCode.NoContent, (await browser.PostAsync("/auth/sign-out", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/orders")).StatusCode);
    }

    [Fact]
    public async Task A_disabled_user_loses_their_session_and_cannot_sign_in_again()
    {
        var email = $"{Api.Unique("temp")}@shop.example";
        var user = await _admin.PostJson("/api/admin/users", new { email, displayName = "Temp", password = "a long enough password", roles = new[] { "manager" } })
            .ExpectJson(HttpStatusCode.Created);
        var browser = Browser();
        await browser.PostJson("/auth/sign-in", new { email, password = "a long enough password" }).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/orders")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync($"/api/admin/users/{(string)user["id"]!}")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/orders")).StatusCode);
        await browser.PostJson("/auth/sign-in", new { email, password = "a long enough password" }).ExpectJson(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Users_are_validated_and_their_passwords_never_reach_the_audit_log()
    {
        var problem = await _admin.PostJson("/api/admin/users", new { email = "nope", displayName = "", password = "short", roles = new[] { "boss" } })
            .ExpectJson(HttpStatusCode.BadRequest);
        Assert.Superset(new HashSet<string> { "email", "displayName", "password", "roles[0]" },
            problem["errors"]!.AsObject().Select(e => e.Key).ToHashSet());

        var email = $"{Api.Unique("audit")}@shop.example";
        var body = new { email, displayName = "Audited", password = "secret but long", roles = new[] { "agent" } };
        var user = await _admin.PostJson("/api/admin/users", body).ExpectJson(HttpStatusCode.Created);
        await _admin.PostJson("/api/admin/users", body).ExpectJson(HttpStatusCode.Conflict);

        var audit = await _admin.GetAsync($"/api/admin/audit?entity=User&entityId={(string)user["id"]!}").ExpectJson(HttpStatusCode.OK);
        var changes = (string)audit["items"]![0]!["changes"]!;
        Assert.Contains("(redacted)", changes);
        Assert.DoesNotContain("AQAAAA", changes); // the prefix of every Identity password hash
    }

    [Fact]
    public async Task Repeated_sign_in_attempts_are_throttled_with_429()
    {
        await using var app = await CommerceApp.StartAsync(DatabaseProvider.Sqlite);
        var client = app.AnonymousClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
            statuses.Add((await client.PostJson("/auth/sign-in", new { email = "who@shop.example", password = "guess" + i })).StatusCode);

        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.Equal(2, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    private HttpClient Browser() =>
        _app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
}
