using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Commerce.Benchmarks;
using Commerce.Testing;

// Orders per second end to end (HTTP → persisted → reserved → outbox) on SQLite and PostgreSQL, with the plain ADO.NET
// baseline measured in the same run. Usage (build the host in Release first; see docs/benchmarks.md):
//   dotnet run -c Release --project tests/Commerce.Benchmarks -- [--orders 3000] [--concurrency 32] [--providers Sqlite,Postgres] [--write]
// Pick routes and batching instead (pure logic, no host): dotnet run -c Release --project tests/Commerce.Benchmarks -- routes [--write]
if (args.FirstOrDefault() == "routes") return RouteBenchmark.Run(args.Contains("--write"), RepositoryRoot());
// Rate quotes across three carriers, one of them too slow (in process, carriers on local servers): … -- quotes [--write]
if (args.FirstOrDefault() == "quotes") return await QuoteBenchmark.RunAsync(args.Contains("--write"), RepositoryRoot());

var orders = IntOption("--orders", 3000);
var concurrency = IntOption("--concurrency", 32);
var providers = (Option("--providers") ?? "Sqlite,Postgres").Split(',', StringSplitOptions.RemoveEmptyEntries);
var write = args.Contains("--write");

var root = RepositoryRoot();
var hostDll = Path.Combine(root, "src/Host/Commerce.Host/bin/Release/net10.0/Commerce.Host.dll");
if (!File.Exists(hostDll))
{
    Console.Error.WriteLine($"Build the host first: dotnet build -c Release src/Host/Commerce.Host ({hostDll} is missing)");
    return 2;
}

const int SkuCount = 50;
const int WarmUpRound = 1000;
const int MaxWarmUpRounds = 40;
var MinWarmUp = TimeSpan.FromSeconds(75);
const int UnitsEach = 1_000_000;
var rows = new List<string>();
foreach (var provider in providers)
{
    Console.WriteLine($"== {provider}: {orders} orders, {concurrency} concurrent clients");
    var folder = Directory.CreateTempSubdirectory("commerce-bench-").FullName;
    var (hostDb, baselineDb) = provider == "Sqlite"
        ? ($"Data Source={Path.Combine(folder, "commerce.db")}", $"Data Source={Path.Combine(folder, "baseline.db")};Default Timeout=60")
        : (await PostgresServer.CreateDatabaseAsync("commerce_bench"), await PostgresServer.CreateDatabaseAsync("baseline_bench"));

    LoadResult endToEnd, cold;
    await using (var host = await HostProcess.StartAsync(hostDll, provider, hostDb, folder))
    {
        var load = new EndToEndLoad(host, concurrency);
        var skus = await load.SetUpCatalogAsync(SkuCount, UnitsEach);
        if (args.Contains("--hold"))
        {
            // For an external load generator (wrk): keep the host up with its catalog until Enter.
            Console.WriteLine($"   host at {host.Address}, X-Api-Key: {host.AdminKey}; press Enter to stop");
            Console.ReadLine();
            return 0;
        }

        // The JIT needs a minute or so of load on 2 cores before tiered compilation settles; measure the steady state
        // (a server runs for days), and report the cold start too.
        cold = await load.RunAsync("cold", skus, WarmUpRound);
        var previous = cold;
        var warming = System.Diagnostics.Stopwatch.StartNew();
        for (var round = 1; round <= MaxWarmUpRounds; round++)
        {
            var next = await load.RunAsync($"warmup{round}", skus, WarmUpRound);
            Console.WriteLine($"   warm-up {round}: {next.CompletedPerSecond:F0} orders/s");
            if (warming.Elapsed > MinWarmUp && next.CompletedPerSecond < previous.CompletedPerSecond * 1.05) break;
            previous = next;
        }

        endToEnd = await load.RunAsync("measured", skus, orders);
    }

    var baseline = new RawBaseline(provider, baselineDb, concurrency);
    var baselineSkus = Enumerable.Range(1, SkuCount).Select(i => $"BENCH-{i:D3}").ToArray();
    await baseline.SetUpAsync(baselineSkus, UnitsEach);
    await baseline.RunAsync("warmup", baselineSkus, WarmUpRound);
    var raw = await baseline.RunAsync("measured", baselineSkus, orders);

    var ratio = raw.CompletedPerSecond / endToEnd.CompletedPerSecond;
    Console.WriteLine($"   cold start: {cold.CompletedPerSecond,8:F0} orders/s (the first {WarmUpRound} orders after start)");
    Console.WriteLine($"   end to end: {endToEnd.CompletedPerSecond,8:F0} orders/s (HTTP accepted {endToEnd.AcceptedPerSecond:F0}/s)");
    Console.WriteLine($"   baseline:   {raw.CompletedPerSecond,8:F0} orders/s (plain ADO.NET, one transaction per order)");
    Console.WriteLine($"   ratio:      {ratio,8:F2} (baseline ÷ end to end)");
    rows.Add(string.Create(CultureInfo.InvariantCulture,
        $"| {provider} | {orders} | {concurrency} | {endToEnd.CompletedPerSecond:F0} | {endToEnd.AcceptedPerSecond:F0} | {cold.CompletedPerSecond:F0} | {raw.CompletedPerSecond:F0} | {ratio:F2} |"));
    try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
}

if (write) WriteReport(Path.Combine(root, "docs/benchmarks.md"), rows);
return 0;

void WriteReport(string path, List<string> results)
{
    var section = new StringBuilder()
        .AppendLine(CultureInfo.InvariantCulture, $"## Orders end to end — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC")
        .AppendLine()
        .AppendLine(Machine())
        .AppendLine()
        .AppendLine("| database | orders | clients | end to end orders/s | HTTP accepted orders/s | cold start orders/s | baseline orders/s | ratio |")
        .AppendLine("|---|---|---|---|---|---|---|---|");
    foreach (var row in results) section.AppendLine(row);
    section.AppendLine();
    BenchmarkReport.Insert(path, section.ToString());
}

static string Machine()
{
    var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30);
    var cpu = File.Exists("/proc/cpuinfo")
        ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim()
        : null;
    return string.Create(CultureInfo.InvariantCulture,
        $"Machine: {Environment.ProcessorCount} cores ({cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}), {memory} GiB, {RuntimeInformation.OSDescription}, .NET {Environment.Version}. Host, load generator and database on the same machine; PostgreSQL is the tests' throwaway server (fsync off).");
}

string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

int IntOption(string name, int fallback) => int.TryParse(Option(name), out var value) ? value : fallback;

static string RepositoryRoot()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "Commerce.sln"))) return folder.FullName;
    }

    throw new InvalidOperationException("Run the benchmark from inside the repository.");
}
