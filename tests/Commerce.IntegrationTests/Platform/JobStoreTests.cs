using Commerce.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Commerce.IntegrationTests.Platform;

/// <summary>Quartz keeps its jobs in the application's database, so scheduled work survives a restart.</summary>
public abstract class JobStoreTests(AppFixture fixture)
{
    [Fact]
    public async Task The_scheduler_runs_on_a_persistent_job_store()
    {
        var scheduler = await fixture.App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var metadata = await scheduler.GetMetadata();

        Assert.True(metadata.JobStorePersistent, metadata.JobStoreTypeName);
        // The hosted service starts the scheduler once the application has started.
        Assert.Equal(SchedulerStatus.Running, await Api.Eventually(() => scheduler.GetStatus().AsTask(), s => s == SchedulerStatus.Running, 20));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class JobStoreOnSqlite(SqliteApp fixture) : JobStoreTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class JobStoreOnPostgres(PostgresApp fixture) : JobStoreTests(fixture);
