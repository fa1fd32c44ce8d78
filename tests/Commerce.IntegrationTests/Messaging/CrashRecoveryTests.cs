using System.Data.Common;
using System.Net;
using Commerce.IntegrationTests.Infrastructure;
using Commerce.Kernel;
using Commerce.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Commerce.IntegrationTests.Messaging;

/// <summary>
/// Nothing accepted is lost when the host dies: the built host, as its own process, is killed (SIGKILL) the moment the
/// last of a burst of orders is answered, with orders still waiting in its durable queues for their reservation. Started
/// again on the same database, it finishes every one of them exactly once.
/// </summary>
public sealed class CrashRecoveryTests
{
    private const int Orders = 200;
    private const int UnitsInStock = 100;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Orders_accepted_before_a_crash_are_reserved_once_after_the_restart(DatabaseProvider provider)
    {
        var folder = Directory.CreateTempSubdirectory("commerce-crash-").FullName;
        try
        {
            var database = provider == DatabaseProvider.Sqlite
                ? $"Data Source={Path.Combine(folder, "commerce.db")}"
                : await PostgresServer.CreateDatabaseAsync("commerce_crash");
            string key, sku;
            await using (var first = await Start(provider, database, folder, firstStart: true))
            {
                key = first.AdminKey;
                using var client = first.ClientWithKey(key);
                var given = new Scenario(client);
                sku = await given.Sku();
                await given.Receive(sku, await given.Warehouse(), UnitsInStock);

                await Parallel.ForEachAsync(Enumerable.Range(1, Orders), new ParallelOptions { MaxDegreeOfParallelism = 16 },
                    async (i, _) => await given.PlaceOrder($"CRASH-{i}", (sku, 1)));
                Assert.DoesNotContain(first.Output, line => line.StartsWith("fail:", StringComparison.Ordinal));
                await first.CrashAsync();
            }

            var inFlight = await PlacedOrdersAsync(provider, database);
            Assert.True(inFlight > 0, "every order was reserved before the crash: the test proved nothing");

            await using var second = await Start(provider, database, folder, firstStart: false);
            using var after = second.ClientWithKey(key);
            Assert.Equal(0, await Api.Eventually(() => Total(after, "/api/orders?status=Placed"), placed => placed == 0, timeoutSeconds: 120));
            Assert.Equal(UnitsInStock, await Total(after, "/api/orders?status=Allocated"));
            Assert.Equal(Orders - UnitsInStock, await Total(after, "/api/orders?status=Backordered"));
            var stock = await new Scenario(after).StockBySku(sku);
            Assert.Equal(UnitsInStock, (int)stock.Single()!["reserved"]!);
            Assert.Equal(UnitsInStock, (int)stock.Single()!["onHand"]!);
            var reservations = (await new Scenario(after).Ledger(sku)).Where(m => (string?)m!["kind"] == "Reservation").ToList();
            Assert.Equal(UnitsInStock, reservations.Count);
            Assert.Equal(UnitsInStock, reservations.Select(m => (string?)m!["reference"]).Distinct().Count());
            Assert.Equal(0, await second.StopAsync());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Task<HostProcess> Start(DatabaseProvider provider, string database, string folder, bool firstStart) =>
        HostProcess.StartAsync(HostCommandLine.HostAssembly(), provider.ToString(), database, folder, firstStart: firstStart);


    private static async Task<int> Total(HttpClient client, string url) =>
        (int)(await client.GetAsync(url + "&pageSize=1").ExpectJson(HttpStatusCode.OK))["total"]!;

    /// <summary>Read from the database itself while no host runs: the orders accepted but not yet reserved.</summary>
    private static async Task<long> PlacedOrdersAsync(DatabaseProvider provider, string database)
    {
        await using DbConnection connection = provider == DatabaseProvider.Sqlite ? new SqliteConnection(database) : new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = provider == DatabaseProvider.Sqlite
            ? "SELECT COUNT(*) FROM orders_orders WHERE status = 'Placed'"
            : "SELECT COUNT(*) FROM orders.orders WHERE status = 'Placed'";
        return Convert.ToInt64(await count.ExecuteScalarAsync());
    }
}
