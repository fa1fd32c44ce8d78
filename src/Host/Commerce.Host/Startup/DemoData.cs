using System.Net.Http.Json;
using Commerce.Host.Security;
using Commerce.Kernel;
using Commerce.Kernel.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Commerce.Host.Startup;

/// <summary>
/// With <c>--demo</c> (or Commerce:Demo=true) and an empty catalog, loads a small living shop once the host listens: two
/// warehouses, a catalog, stock, customers and orders from several channels, some backordered and one cancelled. It goes
/// through the public API like any client, so the demo shows exactly what the API does.
/// </summary>
public sealed class DemoData(IServiceProvider services, IServer server, IHostApplicationLifetime lifetime, ILogger<DemoData> logger)
    : BackgroundService
{
    private static readonly (string Code, string Name, decimal L, decimal W, decimal H, decimal Kg, decimal Cost, decimal Price)[] Catalog =
    [
        ("MUG-STONE-12", "Stoneware mug 12 oz", 12, 9, 10, 0.45m, 3.10m, 14.00m),
        ("MUG-ENAMEL-8", "Enamel camp mug 8 oz", 11, 8, 8, 0.20m, 2.40m, 12.00m),
        ("TEE-ORG-M-BLK", "Organic tee, M, black", 30, 25, 2, 0.18m, 4.80m, 24.00m),
        ("TEE-ORG-L-BLK", "Organic tee, L, black", 30, 25, 2, 0.20m, 4.80m, 24.00m),
        ("TEE-ORG-M-SND", "Organic tee, M, sand", 30, 25, 2, 0.18m, 4.80m, 24.00m),
        ("HOOD-ZIP-L-NVY", "Zip hoodie, L, navy", 35, 30, 6, 0.65m, 14.50m, 58.00m),
        ("BEANIE-RIB-GRY", "Ribbed beanie, grey", 22, 18, 3, 0.09m, 2.90m, 18.00m),
        ("TOTE-CANVAS-NAT", "Canvas tote, natural", 40, 38, 1, 0.25m, 3.60m, 16.00m),
        ("BOTTLE-STEEL-750", "Steel bottle 750 ml", 27, 8, 8, 0.38m, 6.20m, 29.00m),
        ("NOTEBOOK-A5-DOT", "A5 dotted notebook", 21, 15, 2, 0.30m, 2.20m, 11.00m),
        ("PEN-BRASS", "Brass pen", 14, 2, 2, 0.04m, 5.10m, 32.00m),
        ("CANDLE-CEDAR-200", "Cedar candle 200 g", 9, 9, 10, 0.42m, 4.30m, 26.00m),
        ("SOCKS-WOOL-M", "Wool socks, M", 20, 10, 3, 0.08m, 2.70m, 15.00m),
        ("CAP-CORD-OLV", "Corduroy cap, olive", 25, 20, 12, 0.12m, 5.40m, 28.00m),
        ("POSTER-A2-MAP", "A2 map poster (tube)", 62, 8, 8, 0.30m, 3.00m, 22.00m),
    ];

    private static readonly (string Name, string Email, string City, string Region, string Zip)[] Customers =
    [
        ("Maya Okafor", "maya.okafor@example.com", "Portland", "OR", "97205"),
        ("Liam Chen", "liam.chen@example.com", "Austin", "TX", "78701"),
        ("Sofia Rossi", "sofia.rossi@example.com", "Brooklyn", "NY", "11201"),
        ("Noah Williams", "noah.w@example.com", "Denver", "CO", "80202"),
        ("Ava Martin", "ava.martin@example.com", "Chicago", "IL", "60607"),
    ];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await lifetime.WaitForStartAsync(stoppingToken)) return;
        IssuedApiKey? loaderKey = null;
        try
        {
            loaderKey = await IssueLoaderKeyAsync(stoppingToken);
            using var client = CreateClient(loaderKey);
            var skus = await client.GetFromJsonAsync<PageCount>("/api/inventory/skus?pageSize=1", stoppingToken);
            if (skus?.Total > 0)
            {
                logger.LogInformation("Demo data not loaded: the catalog already has {Count} SKUs", skus.Total);
                return;
            }

            await LoadAsync(client, stoppingToken);
            logger.LogWarning("Demo data loaded: 2 warehouses, {Skus} SKUs, {Customers} customers and their orders",
                Catalog.Length, Customers.Length);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Loading the demo data failed");
        }
        finally
        {
            // The loader's admin key was for this load alone: it must not outlive it.
            if (loaderKey is not null) await RevokeAsync(loaderKey);
        }
    }

    private async Task<IssuedApiKey> IssueLoaderKeyAsync(CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var keys = scope.ServiceProvider.GetRequiredService<ApiKeyService>();
        // A load cut short (the host killed) left its key active: it goes before a new one is issued.
        var leftover = await keys.RevokeIssuedByTheHostAsync(LoaderKeyName, cancellationToken);
        if (leftover > 0) logger.LogWarning("Revoked {Count} demo loader key(s) left active by an earlier load", leftover);
        return await keys.IssueAsync(LoaderKeyName, [Roles.Admin], cancellationToken);
    }

    private const string LoaderKeyName = "demo-loader";

    private async Task RevokeAsync(IssuedApiKey key)
    {
        try
        {
            using var scope = services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<ApiKeyService>().RevokeAsync(key.Id, CancellationToken.None);
        }
        catch (Exception e)
        {
            // Not a reason to stop the host: say which key is left, for an admin to revoke.
            logger.LogError(e, "The demo loader's API key could not be revoked: revoke it with DELETE /api/admin/api-keys/{KeyId}", key.Id);
        }
    }

    private async Task LoadAsync(HttpClient client, CancellationToken cancellationToken)
    {
        var random = new Random(20261126);
        (string Code, string Name, string Line1, string City, string Region, string Zip)[] warehouses =
        [
            ("RNO", "Reno fulfillment center", "4800 Energy Way", "Reno", "NV", "89502"),
            ("ALB", "Albany warehouse", "12 Port Rd", "Albany", "NY", "12202"),
        ];
        foreach (var w in warehouses)
        {
            await Send(client.PostAsJsonAsync("/api/inventory/locations", new
            {
                code = w.Code, name = w.Name,
                address = new { line1 = w.Line1, city = w.City, region = w.Region, postalCode = w.Zip, countryCode = "US" },
            }, cancellationToken));
            await SetUpFloorAsync(client, w.Code, cancellationToken);
        }

        foreach (var (item, index) in Catalog.Select((item, index) => (item, index)))
        {
            await Send(client.PostAsJsonAsync("/api/inventory/skus", new
            {
                code = item.Code, name = item.Name, barcode = $"0{Math.Abs(item.Code.GetHashCode() % 100_000_000_000):D11}",
                lengthCm = item.L, widthCm = item.W, heightCm = item.H, weightKg = item.Kg, unitCost = item.Cost, currency = "USD",
            }, cancellationToken));
            foreach (var w in warehouses)
            {
                // A few items run short, so the demo shows partial allocations and backorders too.
                var quantity = item.Code is "POSTER-A2-MAP" or "HOOD-ZIP-L-NVY" ? random.Next(0, 3) : random.Next(0, 25);
                if (quantity == 0) continue;
                // Received into its bin: the warehouse slots the units, Inventory counts them.
                await Send(client.PostAsJsonAsync($"/api/warehouse/locations/{w.Code}/put-aways",
                    new { bin = BinOf(index).Code, sku = item.Code, quantity, receive = true, reference = $"PO-{random.Next(1000, 9999)}" },
                    cancellationToken));
            }
        }

        string[] channels = ["shopify", "woocommerce", "api"];
        string? toCancel = null;
        for (var i = 1; i <= 30; i++)
        {
            var customer = Customers[random.Next(Customers.Length)];
            var lines = Enumerable.Range(0, random.Next(1, 4))
                .Select(_ => Catalog[random.Next(Catalog.Length)])
                .DistinctBy(c => c.Code)
                .Select(c => new { sku = c.Code, quantity = random.Next(1, 6), unitPrice = c.Price, currency = "USD" })
                .ToArray();
            var channel = channels[i % channels.Length];
            var response = await Send(client.PostAsJsonAsync("/api/orders", new
            {
                channel, externalId = $"{channel[..2].ToUpperInvariant()}-{1000 + i}",
                customer = new { name = customer.Name, email = customer.Email },
                shippingAddress = new
                {
                    name = customer.Name, line1 = $"{random.Next(1, 999)} Main St", city = customer.City, region = customer.Region,
                    postalCode = customer.Zip, countryCode = "US",
                },
                serviceLevel = (i % 5) switch { 0 => "expedited", 1 => "economy", _ => "standard" },
                lines,
            }, cancellationToken));
            if (i == 7) toCancel = (await response.Content.ReadFromJsonAsync<IdOnly>(cancellationToken))?.Id;
        }

        if (toCancel is not null)
            await Send(client.PostAsJsonAsync($"/api/orders/{toCancel}/cancel", new { reason = "Customer ordered twice" }, cancellationToken));
    }

    private const int Aisles = 6;

    /// <summary>Where SKU number <paramref name="index"/> lives: spread over the aisles and along them.</summary>
    private static (string Code, int Aisle, int Position) BinOf(int index)
    {
        var aisle = index % Aisles + 1;
        var position = 2 + index * 7 % 17;
        return ($"{(aisle <= Aisles / 2 ? "A" : "B")}{aisle:D2}-{position:D2}", aisle, position);
    }

    /// <summary>Six aisles 3 m apart and 20 m deep in two zones, a bin per SKU, and three carton sizes.</summary>
    private static async Task SetUpFloorAsync(HttpClient client, string location, CancellationToken cancellationToken)
    {
        await Send(client.PutAsJsonAsync($"/api/warehouse/locations/{location}/layout", new
        {
            aisleLength = 20, depotX = 0,
            aisles = Enumerable.Range(1, Aisles).Select(a => new { number = a, x = (a - 1) * 3.0, zone = a <= Aisles / 2 ? "A" : "B" }),
        }, cancellationToken));
        await Send(client.PostAsJsonAsync($"/api/warehouse/locations/{location}/bins",
            Catalog.Select((_, i) => BinOf(i)).Select(b => new { code = b.Code, aisle = b.Aisle, position = (double)b.Position }),
            cancellationToken));
        foreach (var (code, l, w, h, max, cost) in new[] { ("S", 10m, 8m, 4m, 20m, 0.45m), ("M", 14m, 12m, 8m, 40m, 0.80m), ("L", 24m, 18m, 12m, 70m, 1.60m) })
        {
            await Send(client.PostAsJsonAsync($"/api/warehouse/locations/{location}/boxes",
                new { code, lengthIn = l, widthIn = w, heightIn = h, maxWeightLb = max, tareWeightLb = 0.3m, cost, currency = "USD" },
                cancellationToken));
        }
    }

    private HttpClient CreateClient(IssuedApiKey key)
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                      ?? throw new InvalidOperationException("The host is not listening on any address.");
        var client = new HttpClient { BaseAddress = new Uri(address.Replace("://*", "://127.0.0.1").Replace("://+", "://127.0.0.1")) };
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, key.Key);
        return client;
    }

    private static async Task<HttpResponseMessage> Send(Task<HttpResponseMessage> call)
    {
        var response = await call;
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    private sealed record PageCount(int Total);

    private sealed record IdOnly(string Id);
}
