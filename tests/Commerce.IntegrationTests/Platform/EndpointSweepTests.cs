using System.Net;
using System.Text;
using Commerce.IntegrationTests.Infrastructure;
using Commerce.Kernel.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.IntegrationTests.Platform;

/// <summary>
/// Sweeps of the host's endpoints, found in its routing rather than listed by hand, so that an endpoint added later is
/// swept too: every API endpoint answers 401 without a key and 403 to a key of a role it is closed to; every endpoint
/// that reads a body, the open webhooks and sign-in included, answers malformed bodies with a 4xx and changes nothing.
/// Route values name nothing that exists (a new GUID, an unknown code), so an endpoint under a route parameter may answer
/// 404 before it reads the body; the bodies' fields are checked in depth by each endpoint's own tests.
/// </summary>
public abstract class EndpointSweepTests(AppFixture fixture) : ApiTest(fixture)
{
    private static readonly string[] WriteMethods = [HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch];

    public static readonly string[] MalformedBodies =
    [
        "", "{", "}", "[]", "null", "\"text\"", "42", "{\"lines\": \"x\"}", "{\"quantity\": \"ten\"}",
        "{\"quantity\": 1e400}", "{\"lines\": [null, 1, \"a\"]}", "{\"customer\": []}", "{\"address\": 5}",
        "{\"roles\": {}}", "{\"delta\": 99999999999999999999}", "{\"unitCost\": -1}", "\u0000\u0001",
        "{\"a\":" + new string('[', 200) + new string(']', 200) + "}", "{\"sku\": \"" + new string('x', 5000) + "\"}",
    ];

    /// <summary>The API's own endpoints: under /api, and who the caller is.</summary>
    private IReadOnlyList<(string Method, string Url, Endpoint Endpoint)> ApiEndpoints() =>
        Endpoints(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true || e.RoutePattern.RawText == "/auth/me");

    /// <summary>The endpoints open without a key, which check their caller themselves (a signature, a password).</summary>
    private IReadOnlyList<(string Method, string Url, Endpoint Endpoint)> OpenEndpoints() =>
        Endpoints(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null ||
                       (e.Metadata.GetMetadata<IAuthorizeData>() is null && e.Metadata.GetMetadata<AuthorizationPolicy>() is null));

    private IReadOnlyList<(string Method, string Url, Endpoint Endpoint)> Endpoints(Func<RouteEndpoint, bool> which) =>
        App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(which)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (m, Url(e.RoutePattern), (Endpoint)e)))
            .OrderBy(e => e.Item2, StringComparer.Ordinal).ThenBy(e => e.m, StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void The_sweeps_find_the_api_endpoints()
    {
        var endpoints = ApiEndpoints();
        Assert.Contains(endpoints, e => e is { Method: "POST", Url: "/api/orders" });
        Assert.Contains(endpoints, e => e.Method == "PUT" && e.Url.StartsWith("/api/warehouse/locations/", StringComparison.Ordinal));
        Assert.True(endpoints.Count(e => WriteMethods.Contains(e.Method)) >= 40, $"{endpoints.Count} endpoints found");
    }

    [Fact]
    public async Task Every_api_endpoint_needs_a_key_or_a_signed_in_user()
    {
        var anonymous = App.AnonymousClient();
        foreach (var (method, url, endpoint) in ApiEndpoints())
        {
            Assert.True(endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null, $"{method} {url} is open without a key");
            var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {url} without a key answered {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Every_endpoint_closed_to_a_role_answers_a_key_of_that_role_403()
    {
        var clients = Roles.All.ToDictionary(role => role, role => App.ClientWithRole(role));
        var checkedEndpoints = 0;
        var withoutRoles = new List<string>();
        foreach (var (method, url, endpoint) in ApiEndpoints())
        {
            var allowed = endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>()
                .SelectMany(p => p.Requirements.OfType<RolesAuthorizationRequirement>())
                .Select(r => r.AllowedRoles.ToHashSet())
                .ToList();
            if (allowed.Count == 0)
            {
                withoutRoles.Add($"{method} {url}");
                continue;
            }

            foreach (var role in Roles.All.Where(role => allowed.Any(roles => !roles.Contains(role))))
            {
                // In the content type the endpoint reads: another is refused (415) before the caller's role is looked at.
                var contentType = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.FirstOrDefault() ?? "application/json";
                using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent("", Encoding.UTF8, contentType) };
                using var response = await clients[role].SendAsync(request);
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {url} with a {role} key answered {(int)response.StatusCode}");
            }

            checkedEndpoints++;
        }

        // Roles are read from the endpoints' policies: an endpoint authorized some other way would be skipped unseen.
        Assert.Equal(["GET /auth/me"], withoutRoles);
        Assert.True(checkedEndpoints > 40, $"only {checkedEndpoints} endpoints are closed to some role");
        foreach (var client in clients.Values) client.Dispose();
    }

    /// <summary>Every endpoint that reads a JSON body; an endpoint without one (an action such as a recount) ignores any.</summary>
    [Fact]
    public async Task Every_write_endpoint_answers_malformed_bodies_with_a_4xx_problem_and_writes_nothing()
    {
        await Given.Sku();
        var before = await Database.SnapshotAsync();

        var readingJson = ApiEndpoints().Where(e => WriteMethods.Contains(e.Method) &&
            e.Endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.Contains("application/json") == true).ToList();
        Assert.True(readingJson.Count > 30, $"only {readingJson.Count} endpoints read a JSON body");
        foreach (var (method, url, _) in readingJson)
        {
            foreach (var body in MalformedBodies)
            {
                var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                var response = await Client.SendAsync(request);
                var status = (int)response.StatusCode;
                Assert.True(status is >= 400 and < 500, $"{method} {url} with body {Shorten(body)} answered {status}");
                if (status != 404) Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }

        Assert.Equal(before, await Database.SnapshotAsync());
    }

    /// <summary>
    /// The endpoints the internet reaches without a key that read a body (storefront, carrier and partner webhooks,
    /// sign-in); sign-out reads none.
    /// </summary>
    [Fact]
    public async Task Every_endpoint_open_without_a_key_answers_malformed_bodies_with_a_4xx_and_writes_nothing()
    {
        var before = await Database.SnapshotAsync();
        // Webhooks read their raw body themselves (its signature is over the bytes), so they declare no content type.
        var open = OpenEndpoints().Where(e => WriteMethods.Contains(e.Method) &&
            (e.Endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is not null || e.Url.StartsWith("/webhooks/", StringComparison.Ordinal))).ToList();
        Assert.Contains(open, e => e.Url.StartsWith("/webhooks/", StringComparison.Ordinal));
        Assert.Contains(open, e => e.Url == "/auth/sign-in");
        using var anonymous = App.AnonymousClient();
        foreach (var (method, url, _) in open)
        {
            foreach (var body in MalformedBodies)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                using var response = await anonymous.SendAsync(request);
                var status = (int)response.StatusCode;
                Assert.True(status is >= 400 and < 500, $"{method} {url} with body {Shorten(body)} answered {status}");
            }
        }

        Assert.Equal(before, await Database.SnapshotAsync());
    }

    /// <summary>The route with each parameter given a value that names nothing stored, of the type its constraint asks.</summary>
    private static string Url(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => ValueFor(parameter),
            _ => throw new NotSupportedException(part.GetType().Name),
        }))));

    private static string ValueFor(RoutePatternParameterPart parameter)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? "").ToList();
        if (constraints.Contains("guid")) return Guid.NewGuid().ToString();
        if (constraints.Any(c => c is "int" or "long")) return "987654321";
        return $"no-such-{parameter.Name.ToLowerInvariant()}";
    }

    private static string Shorten(string body) => body.Length > 40 ? body[..40] + "…" : body;
}

[Collection(SqliteCollection.Name)]
public sealed class EndpointSweepOnSqlite(SqliteApp fixture) : EndpointSweepTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class EndpointSweepOnPostgres(PostgresApp fixture) : EndpointSweepTests(fixture);
