using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Testing;

namespace Commerce.Benchmarks;

/// <summary>
/// Orders per second through the whole path: HTTP POST → validated → persisted with its outbox message → reserved by
/// Inventory → status updated by Orders. The clock stops when the last order has left Placed. Runs use at most
/// <paramref name="maxClients"/> concurrent clients.
/// </summary>
public sealed class EndToEndLoad(HostProcess host, int maxClients)
{
    public const string Channel = "bench";
    private readonly HttpClient _client = CreateClient(host, maxClients);

    public async Task<string[]> SetUpCatalogAsync(int skuCount, int unitsEach)
    {
        await Send(_client.PostAsJsonAsync("/api/inventory/locations", new
        {
            code = "BENCH", name = "Benchmark warehouse",
            address = new { line1 = "1 Load Test Way", city = "Reno", region = "NV", postalCode = "89502", countryCode = "US" },
        }));
        var skus = Enumerable.Range(1, skuCount).Select(i => $"BENCH-{i:D3}").ToArray();
        foreach (var sku in skus)
        {
            await Send(_client.PostAsJsonAsync("/api/inventory/skus", new { code = sku, name = $"Benchmark item {sku}", currency = "USD" }));
            await Send(_client.PostAsJsonAsync("/api/inventory/receipts", new { sku, location = "BENCH", quantity = unitsEach }));
        }

        return skus;
    }

    /// <summary>Places <paramref name="orders"/> orders from <paramref name="clients"/> clients and waits until all are allocated.</summary>
    public async Task<LoadResult> RunAsync(string runName, string[] skus, int orders, int clients)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(clients, maxClients);
        var next = -1;
        var stopwatch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < orders)
            {
                // A body with a Content-Length, as storefronts send it; JsonContent streams chunked, which costs a
                // delayed-ACK round trip per request and measures the client instead of the host.
                var body = JsonSerializer.SerializeToUtf8Bytes(Order($"{runName}-{i}", skus, i));
                using var content = new ByteArrayContent(body) { Headers = { ContentType = new("application/json") } };
                await Send(_client.PostAsync("/api/orders", content));
            }
        });
        await Task.WhenAll(workers);
        var accepted = stopwatch.Elapsed;

        while (await CountPlacedAsync() > 0) await Task.Delay(20);
        return new LoadResult(orders, accepted, stopwatch.Elapsed);
    }

    private async Task<int> CountPlacedAsync()
    {
        var page = await _client.GetFromJsonAsync<JsonElement>($"/api/orders?channel={Channel}&status=Placed&pageSize=1");
        return page.GetProperty("total").GetInt32();
    }

    public static object Order(string externalId, string[] skus, int i) => new
    {
        channel = Channel,
        externalId,
        customer = new { name = "Load Tester", email = $"buyer{i % 500}@example.com" },
        shippingAddress = new { name = "Load Tester", line1 = "2 Test St", city = "Austin", region = "TX", postalCode = "78701", countryCode = "US" },
        serviceLevel = "standard",
        lines = Enumerable.Range(0, 1 + i % 3)
            .Select(l => new { sku = skus[(i + l * 7) % skus.Length], quantity = 1 + l, unitPrice = 12.5m, currency = "USD" })
            .ToArray(),
    };

    private static HttpClient CreateClient(HostProcess host, int concurrency)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency })
        {
            BaseAddress = host.Address,
            Timeout = TimeSpan.FromMinutes(2),
        };
        client.DefaultRequestHeaders.Add("X-Api-Key", host.AdminKey);
        return client;
    }

    private static async Task Send(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        // Read the whole answer, as a client does; a connection is only reused once its response has been consumed.
        await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}

public sealed record LoadResult(int Orders, TimeSpan Accepted, TimeSpan Completed)
{
    public double AcceptedPerSecond => Orders / Accepted.TotalSeconds;
    public double CompletedPerSecond => Orders / Completed.TotalSeconds;
}
