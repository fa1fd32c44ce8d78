using System.Text;
using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Testing;
using Xunit;
using Xunit.Sdk;

namespace Commerce.Integrations.ConformanceKit;

/// <summary>One behaviour every storefront connector must show.</summary>
public sealed record ConformanceCheck(string Name, Func<StorefrontVendor, Task> RunAsync);

/// <summary>A conformance check that failed, and how.</summary>
public sealed record ConformanceFailure(string Check, string Problem);

/// <summary>
/// The behaviour the platform relies on from every storefront connector, as checks that run against a
/// <see cref="StorefrontVendor"/>. Each check stands alone: it starts its own local HTTP server (a real Kestrel on
/// 127.0.0.1) where the store's API is needed, and uses xUnit's assertions, so a failure says what was expected.
/// </summary>
public static class ConformanceChecks
{
    /// <summary>The secret the kit's stores are configured with.</summary>
    public const string Secret = "conformance-kit-webhook-secret";

    /// <summary>A secret the store does not have.</summary>
    public const string OtherSecret = "some-other-webhook-secret";

    public const string FirstDeliveryId = "5c1d2a9e-0f4b-4c6e-9a57-3b2f8d1e6a01";
    public const string SecondDeliveryId = "9e7b4c1a-2d3f-4e5a-8b6c-7d9e0f1a2b02";

    /// <summary>Every check, in the order <see cref="RunAllAsync"/> runs them.</summary>
    public static IReadOnlyList<ConformanceCheck> All { get; } =
    [
        new("Metadata has a key, a display name and a version", MetadataNamesTheConnectorAsync),
        new("Capabilities include webhooks", CapabilitiesIncludeWebhooksAsync),
        new("A delivery without a signature is invalid", UnsignedDeliveryIsInvalidAsync),
        new("A delivery signed with another secret is invalid", WrongSecretIsInvalidAsync),
        new("A delivery whose body was changed after signing is invalid", TamperedBodyIsInvalidAsync),
        new("A delivery signed as the vendor signs is valid", SignedDeliveryIsValidAsync),
        new("The same delivery identifies the same twice, another delivery differently", IdentityIsStableAsync),
        new("The sample order parses into an order change with its essentials", SampleOrderParsesAsync),
        new("A signed body that is not JSON is a Malformed error", MalformedBodyIsMalformedAsync),
        new("A pull answered 503 then a page is retried, or is Unavailable", UnavailableStoreIsRetriedAsync),
        new("A pull answered 400 is Rejected after one request", RejectedPullIsNotRetriedAsync),
    ];

    /// <summary>
    /// Runs every check and fails, naming each failed check and why, unless all pass. Returns the names of the checks run.
    /// </summary>
    public static async Task<IReadOnlyList<string>> RunAllAsync(StorefrontVendor vendor)
    {
        var failures = new List<ConformanceFailure>();
        foreach (var check in All)
        {
            try
            {
                await check.RunAsync(vendor);
            }
            catch (Exception e)
            {
                failures.Add(new ConformanceFailure(check.Name, $"{(e is XunitException ? "" : e.GetType().Name + ": ")}{e.Message}"));
            }
        }

        if (failures.Count > 0)
            throw new XunitException(
                $"{vendor.Connector.GetType().Name} failed {failures.Count} of {All.Count} conformance checks:"
                + string.Concat(failures.Select(f => $"{Environment.NewLine}- {f.Check}: {f.Problem}")));
        return All.Select(c => c.Name).ToList();
    }

    public static Task MetadataNamesTheConnectorAsync(StorefrontVendor vendor)
    {
        var metadata = vendor.Connector.Metadata;
        Assert.NotNull(metadata);
        Assert.False(string.IsNullOrWhiteSpace(metadata.Key), "Metadata.Key is empty.");
        Assert.False(string.IsNullOrWhiteSpace(metadata.DisplayName), "Metadata.DisplayName is empty.");
        Assert.False(string.IsNullOrWhiteSpace(metadata.Version), "Metadata.Version is empty.");
        Assert.NotNull(metadata.Settings);
        return Task.CompletedTask;
    }

    public static Task CapabilitiesIncludeWebhooksAsync(StorefrontVendor vendor)
    {
        Assert.True(vendor.Connector.Capabilities.HasFlag(StorefrontCapabilities.Webhooks),
            $"Capabilities are {vendor.Connector.Capabilities}, without Webhooks.");
        return Task.CompletedTask;
    }

    public static Task UnsignedDeliveryIsInvalidAsync(StorefrontVendor vendor) => WithStoreAsync(vendor, store =>
    {
        var delivery = vendor.Delivery(vendor.OrderTopic, FirstDeliveryId, SampleBody(vendor), secret: null);
        Assert.Equal(WebhookCheck.Invalid, vendor.Connector.VerifyWebhook(store, delivery));
    });

    public static Task WrongSecretIsInvalidAsync(StorefrontVendor vendor) => WithStoreAsync(vendor, store =>
    {
        var delivery = vendor.Delivery(vendor.OrderTopic, FirstDeliveryId, SampleBody(vendor), OtherSecret);
        Assert.Equal(WebhookCheck.Invalid, vendor.Connector.VerifyWebhook(store, delivery));
    });

    public static Task TamperedBodyIsInvalidAsync(StorefrontVendor vendor) => WithStoreAsync(vendor, store =>
    {
        var signed = vendor.Delivery(vendor.OrderTopic, FirstDeliveryId, SampleBody(vendor), Secret);
        var tampered = signed with { Body = Tamper(signed.Body) };
        Assert.Equal(WebhookCheck.Invalid, vendor.Connector.VerifyWebhook(store, tampered));
    });

    public static Task SignedDeliveryIsValidAsync(StorefrontVendor vendor) => WithStoreAsync(vendor, store =>
    {
        var delivery = vendor.Delivery(vendor.OrderTopic, FirstDeliveryId, SampleBody(vendor), Secret);
        Assert.Equal(WebhookCheck.Valid, vendor.Connector.VerifyWebhook(store, delivery));
    });

    public static Task IdentityIsStableAsync(StorefrontVendor vendor)
    {
        var connector = vendor.Connector;
        var first = connector.IdentifyWebhook(vendor.Delivery(vendor.OrderTopic, FirstDeliveryId, SampleBody(vendor), Secret));
        var again = connector.IdentifyWebhook(vendor.Delivery(vendor.OrderTopic, FirstDeliveryId, SampleBody(vendor), Secret));
        var second = connector.IdentifyWebhook(vendor.Delivery(vendor.OrderTopic, SecondDeliveryId, SampleBody(vendor), Secret));

        Assert.Equal(vendor.OrderTopic, first.Topic, ignoreCase: true);
        Assert.False(string.IsNullOrWhiteSpace(first.DeliveryId), "IdentifyWebhook gives no DeliveryId: deliveries cannot be deduplicated.");
        Assert.True(first == again, $"The same delivery identified twice gave {first} and then {again}: its dedupe key is not stable.");
        Assert.True(first.DeliveryId != second.DeliveryId,
            $"Two different deliveries both identified as delivery {first.DeliveryId}: the second would be dropped as a duplicate.");
        return Task.CompletedTask;
    }

    public static Task SampleOrderParsesAsync(StorefrontVendor vendor) => WithStoreAsync(vendor, store =>
    {
        var sample = vendor.SampleOrder;
        var delivery = vendor.Delivery(vendor.OrderTopic, FirstDeliveryId, SampleBody(vendor), Secret);
        Assert.Equal(WebhookCheck.Valid, vendor.Connector.VerifyWebhook(store, delivery));

        var changed = Assert.IsType<StoreOrderChanged>(vendor.Connector.ParseWebhook(store, delivery));
        var order = changed.Order;
        Assert.Equal(sample.ExternalId, order.ExternalId);
        Assert.Equal(sample.Currency, order.Currency, ignoreCase: true);
        Assert.Equal(Essentials(sample.Lines.Select(l => (l.Sku, l.Quantity))), Essentials(order.Lines.Select(l => (l.Sku, l.Quantity))));
    });

    public static Task MalformedBodyIsMalformedAsync(StorefrontVendor vendor) => WithStoreAsync(vendor, store =>
    {
        // The first half of the sample: cut off inside the JSON, yet signed with the right secret.
        var body = SampleBody(vendor);
        var truncated = body[..(body.Length / 2)];
        var delivery = vendor.Delivery(vendor.OrderTopic, FirstDeliveryId, truncated, Secret);
        Assert.Equal(WebhookCheck.Valid, vendor.Connector.VerifyWebhook(store, delivery));

        var error = Fails(() => vendor.Connector.ParseWebhook(store, delivery), "ParseWebhook of a body that is not JSON");
        Assert.Equal(StorefrontErrorKind.Malformed, error.Kind);
    });

    public static async Task UnavailableStoreIsRetriedAsync(StorefrontVendor vendor)
    {
        if (!vendor.Connector.Capabilities.HasFlag(StorefrontCapabilities.PullOrders)) return;
        await using var server = await LocalHttpServer.StartAsync();
        var listing = vendor.OrderListing;
        var calls = 0;
        server.On(listing.Method, listing.Path, _ => Interlocked.Increment(ref calls) == 1
            ? new CannedResponse(503, """{"error":"unavailable","message":"Try again later."}""")
            : listing.Page);

        StoreOrderPage page;
        try
        {
            page = await vendor.Connector.PullOrdersAsync(vendor.Store(server.Address, Secret), vendor.PullCursor, CancellationToken.None);
        }
        catch (StorefrontException e) when (e.Kind == StorefrontErrorKind.Unavailable)
        {
            // Not retried by the transport: the platform retries later, which is allowed.
            Assert.NotEmpty(server.RequestsTo(listing.Method, listing.Path));
            return;
        }
        catch (Exception e)
        {
            throw new XunitException($"A pull answered 503 threw {Describe(e)}; expected a page (after a retry) or StorefrontException(Unavailable).");
        }

        Assert.True(server.RequestsTo(listing.Method, listing.Path).Count >= 2, "The pull succeeded without asking again after the 503.");
        Assert.NotEmpty(page.Orders);
    }

    public static async Task RejectedPullIsNotRetriedAsync(StorefrontVendor vendor)
    {
        if (!vendor.Connector.Capabilities.HasFlag(StorefrontCapabilities.PullOrders)) return;
        await using var server = await LocalHttpServer.StartAsync();
        var listing = vendor.OrderListing;
        server.On(listing.Method, listing.Path, vendor.BadRequest);

        StorefrontException error;
        try
        {
            await vendor.Connector.PullOrdersAsync(vendor.Store(server.Address, Secret), vendor.PullCursor, CancellationToken.None);
            throw new XunitException("A pull answered 400 returned a page; expected StorefrontException(Rejected).");
        }
        catch (StorefrontException e)
        {
            error = e;
        }
        catch (Exception e) when (e is not XunitException)
        {
            throw new XunitException($"A pull answered 400 threw {Describe(e)}; expected StorefrontException(Rejected).");
        }

        Assert.Equal(StorefrontErrorKind.Rejected, error.Kind);
        Assert.Single(server.RequestsTo(listing.Method, listing.Path));
    }

    /// <summary>
    /// Runs webhook checks with a store whose API is a live local server, and checks that verifying, identifying and
    /// parsing a delivery never called the store.
    /// </summary>
    private static async Task WithStoreAsync(StorefrontVendor vendor, Action<StoreAccount> check)
    {
        await using var server = await LocalHttpServer.StartAsync();
        check(vendor.Store(server.Address, Secret));
        Assert.True(server.Requests.Count == 0,
            $"Handling a webhook called the store: {string.Join(", ", server.Requests.Select(r => $"{r.Method} {r.Path}"))}.");
    }

    private static byte[] SampleBody(StorefrontVendor vendor) => Encoding.UTF8.GetBytes(vendor.SampleOrder.Body);

    /// <summary>The body with one character changed: the first digit, or else the first letter, turned into another.</summary>
    private static byte[] Tamper(byte[] body)
    {
        var changed = body.ToArray();
        var at = Array.FindIndex(changed, b => b is >= (byte)'0' and <= (byte)'9');
        if (at < 0) at = Array.FindIndex(changed, b => b is >= (byte)'a' and <= (byte)'z');
        if (at < 0) return [.. changed, (byte)' '];
        changed[at] = changed[at] is (byte)'9' or (byte)'z' ? (byte)(changed[at] - 1) : (byte)(changed[at] + 1);
        return changed;
    }

    private static IReadOnlyList<string> Essentials(IEnumerable<(string? Sku, int Quantity)> lines) =>
        lines.Select(l => $"{l.Sku ?? "(no SKU)"} × {l.Quantity}").Order(StringComparer.Ordinal).ToList();

    private static StorefrontException Fails(Func<object> call, string what)
    {
        object result;
        try
        {
            result = call();
        }
        catch (StorefrontException e)
        {
            return e;
        }
        catch (Exception e)
        {
            throw new XunitException($"{what} threw {Describe(e)}; expected a StorefrontException.");
        }

        throw new XunitException($"{what} returned {result}; expected a StorefrontException.");
    }

    private static string Describe(Exception e) => $"{e.GetType().FullName}: {e.Message}";
}
