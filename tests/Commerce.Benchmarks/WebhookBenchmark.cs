using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Commerce.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Commerce.Benchmarks;

/// <summary>
/// Storefront webhook ingest: signed Shopify <c>orders/create</c> deliveries posted to the running host, each order
/// delivered three times (the original and two replays, concurrently), as Shopify's at-least-once delivery may. Measures
/// deliveries acknowledged per second (signature checked over the raw body, stored in the durable inbox), the
/// acknowledgement time per delivery (p50, p99), and orders per second end to end (until every order is placed and has
/// left Placed). Baseline in the same run: a local endpoint that only inserts the raw body into a table of the same
/// database kind, under the same load.
/// </summary>
public static class WebhookBenchmark
{
    private const string Store = "bench-shop";
    private const string Secret = "bench-webhook-secret";
    private const int Replays = 3;

    public static IReadOnlyDictionary<string, string> HostSettings => new Dictionary<string, string>
    {
        [$"Commerce__Storefronts__Stores__{Store}__Connector"] = "shopify",
        [$"Commerce__Storefronts__Stores__{Store}__Channel"] = Store,
        [$"Commerce__Storefronts__Stores__{Store}__PullIntervalMinutes"] = "1440",
        [$"Commerce__Storefronts__Stores__{Store}__PushStock"] = "false",
        [$"Commerce__Storefronts__Stores__{Store}__Settings__ShopDomain"] = "bench.myshopify.com",
        [$"Commerce__Storefronts__Stores__{Store}__Settings__BaseUrl"] = "http://127.0.0.1:9/",
        [$"Commerce__Storefronts__Stores__{Store}__Settings__AccessToken"] = "bench-token",
        [$"Commerce__Storefronts__Stores__{Store}__Settings__WebhookSecret"] = Secret,
    };

    public sealed record Result(int Orders, int Deliveries, TimeSpan Acknowledged, TimeSpan Completed, double P50Ms, double P99Ms, int OrdersStored)
    {
        public double DeliveriesPerSecond => Deliveries / Acknowledged.TotalSeconds;
        public double OrdersPerSecond => Orders / Completed.TotalSeconds;
    }

    public static async Task<Result> RunAsync(HostProcess host, string[] skus, string runName, int orders, int concurrency)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency })
        {
            BaseAddress = host.Address, Timeout = TimeSpan.FromMinutes(2),
        };
        client.DefaultRequestHeaders.Add("X-Api-Key", host.AdminKey);
        var baseId = 820_982_911_946_154_508L + Math.Abs(runName.GetHashCode() % 1_000_000) * 100_000L;
        // Each order's three deliveries are spread over the work list so replays arrive concurrently with others.
        var work = Enumerable.Range(0, orders).SelectMany(i => Enumerable.Range(0, Replays).Select(r => (Order: i, Replay: r)))
            .OrderBy(w => w.Replay * 7 + w.Order % 7).ThenBy(w => w.Order).ToArray();
        var bodies = Enumerable.Range(0, orders).Select(i => Encoding.UTF8.GetBytes(OrderJson(baseId + i, skus, i))).ToArray();
        var before = (await client.GetFromJsonAsync<JsonElement>($"/api/orders?channel={Store}&pageSize=1")).GetProperty("total").GetInt32();
        var latencies = new ConcurrentBag<double>();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int n;
            while ((n = Interlocked.Increment(ref next)) < work.Length)
            {
                var (order, _) = work[n];
                var body = bodies[order];
                using var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/shopify/{Store}") { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new("application/json");
                request.Headers.Add("X-Shopify-Topic", "orders/create");
                request.Headers.Add("X-Shopify-Hmac-Sha256", Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), body)));
                request.Headers.Add("X-Shopify-Webhook-Id", $"{runName}-wh-{order}");
                request.Headers.Add("X-Shopify-Event-Id", $"{runName}-ev-{order}");
                request.Headers.Add("X-Shopify-Shop-Domain", "bench.myshopify.com");
                request.Headers.Add("X-Shopify-API-Version", "2025-10");
                var started = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(request);
                await response.Content.ReadAsByteArrayAsync();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                    throw new InvalidOperationException($"Delivery answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        }));
        var acknowledged = clock.Elapsed;

        int stored;
        while (true)
        {
            stored = (await client.GetFromJsonAsync<JsonElement>($"/api/orders?channel={Store}&pageSize=1")).GetProperty("total").GetInt32() - before;
            var placed = (await client.GetFromJsonAsync<JsonElement>($"/api/orders?channel={Store}&status=Placed&pageSize=1")).GetProperty("total").GetInt32();
            if (stored >= orders && placed == 0) break;
            if (clock.Elapsed > acknowledged + TimeSpan.FromMinutes(10)) throw new TimeoutException($"Only {stored} of {orders} orders after 10 minutes.");
            await Task.Delay(50);
        }

        var sorted = latencies.Order().ToArray();
        return new Result(orders, work.Length, acknowledged, clock.Elapsed, Percentile(sorted, 0.50), Percentile(sorted, 0.99), stored);
    }

    /// <summary>The floor: HTTP plus one INSERT of the raw body per delivery, no signature, no dedupe, no processing.</summary>
    public static async Task<Result> BaselineAsync(string provider, string connectionString, int orders, int concurrency)
    {
        DbConnection Open()
        {
            DbConnection connection = provider == "Sqlite" ? new SqliteConnection(connectionString) : new NpgsqlConnection(connectionString);
            connection.Open();
            return connection;
        }

        using (var setup = Open())
        {
            using var create = setup.CreateCommand();
            create.CommandText = provider == "Sqlite"
                ? "PRAGMA journal_mode=WAL; CREATE TABLE inbox (id INTEGER PRIMARY KEY AUTOINCREMENT, delivery TEXT NOT NULL, body BLOB NOT NULL)"
                : "CREATE TABLE inbox (id bigserial PRIMARY KEY, delivery text NOT NULL, body bytea NOT NULL)";
            create.ExecuteNonQuery();
        }

        var writeLock = new object();
        await using var server = await LocalHttpServer.StartAsync();
        server.On("POST", "/raw", request =>
        {
            // SQLite has one writer: serialise as the host's SQLite store does; PostgreSQL writes concurrently.
            void Insert()
            {
                using var connection = Open();
                using var insert = connection.CreateCommand();
                insert.CommandText = "INSERT INTO inbox (delivery, body) VALUES (@d, @b)";
                var d = insert.CreateParameter(); d.ParameterName = "@d"; d.Value = request.Header("X-Delivery") ?? ""; insert.Parameters.Add(d);
                var b = insert.CreateParameter(); b.ParameterName = "@b"; b.Value = request.Body; insert.Parameters.Add(b);
                insert.ExecuteNonQuery();
            }

            if (provider == "Sqlite") lock (writeLock) Insert();
            else Insert();
            return new CannedResponse(200, "{}");
        });

        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = server.Address };
        var body = Encoding.UTF8.GetBytes(OrderJson(1, ["BENCH-001"], 1));
        var total = orders * Replays;
        var latencies = new ConcurrentBag<double>();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int n;
            while ((n = Interlocked.Increment(ref next)) < total)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/raw") { Content = new ByteArrayContent(body) };
                request.Headers.Add("X-Delivery", $"d-{n}");
                var started = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(request);
                await response.Content.ReadAsByteArrayAsync();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                response.EnsureSuccessStatusCode();
            }
        }));
        var elapsed = clock.Elapsed;
        server.Reset(); // drop the recorded requests
        var sorted = latencies.Order().ToArray();
        return new Result(orders, total, elapsed, elapsed, Percentile(sorted, 0.50), Percentile(sorted, 0.99), 0);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    /// <summary>A Shopify Order resource as an orders/create webhook carries it (no envelope), with a 64-bit id.</summary>
    private static string OrderJson(long id, string[] skus, int i)
    {
        var now = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
        var lines = string.Join(",", Enumerable.Range(0, 1 + i % 3).Select(l =>
            $$"""{"id":{{id * 10 + l}},"sku":"{{skus[(i + l * 7) % skus.Length]}}","title":"Benchmark item","quantity":{{1 + l}},"price":"12.50"}"""));
        return $$"""
            {"id":{{id}},"name":"#B{{i}}","email":"buyer{{i % 500}}@example.com","created_at":"{{now}}","updated_at":"{{now}}",
             "currency":"USD","total_price":"37.50","financial_status":"paid","fulfillment_status":null,"cancelled_at":null,
             "customer":{"first_name":"Load","last_name":"Tester","email":"buyer{{i % 500}}@example.com"},
             "shipping_address":{"first_name":"Load","last_name":"Tester","address1":"2 Test St","city":"Austin","province_code":"TX","zip":"78701","country_code":"US"},
             "shipping_lines":[{"title":"Standard","code":"standard"}],
             "line_items":[{{lines}}]}
            """;
    }
}
