using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Commerce.IntegrationTests.Infrastructure;
using Commerce.Kernel.Persistence;

namespace Commerce.IntegrationTests.Persistence;

/// <summary>SQLite's write gate reports how long each module's write transactions waited for it, held it and committed.</summary>
[Collection(SqliteCollection.Name)]
public sealed class SqliteWriteMetricsTests(SqliteApp fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_save_is_measured_waiting_for_holding_and_committing_the_write_gate()
    {
        var measured = new ConcurrentBag<(string Instrument, string? Context, double Milliseconds)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == SqliteWriteMetrics.MeterName) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            var context = tags.ToArray().FirstOrDefault(t => t.Key == "context").Value as string;
            measured.Add((instrument.Name, context, value));
        });
        listener.Start();

        await Given.Warehouse();

        var inventory = measured.Where(m => m.Context == "InventoryDbContext").ToList();
        double[] Of(string instrument) => inventory.Where(m => m.Instrument == instrument).Select(m => m.Milliseconds).ToArray();
        var (wait, held, commit) = (Of("commerce.sqlite.write_gate.wait"), Of("commerce.sqlite.write_gate.held"), Of("commerce.sqlite.write_gate.commit"));
        Assert.NotEmpty(wait);
        Assert.NotEmpty(held);
        Assert.NotEmpty(commit);
    }
}
