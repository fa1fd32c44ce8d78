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
        using var measured = new MeasurementRecorder(SqliteWriteMetrics.MeterName);

        await Given.Warehouse();

        double[] Of(string instrument) => measured.Of(instrument).Where(m => m.Tag == "InventoryDbContext").Select(m => m.Value).ToArray();
        var (wait, held, commit) = (Of("commerce.sqlite.write_gate.wait"), Of("commerce.sqlite.write_gate.held"), Of("commerce.sqlite.write_gate.commit"));
        Assert.NotEmpty(wait);
        Assert.NotEmpty(held);
        Assert.NotEmpty(commit);
    }
}
