using Commerce.IntegrationTests.Infrastructure;
using Commerce.Kernel.Persistence;
using Commerce.Orders.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Commerce.IntegrationTests.Persistence;

/// <summary>
/// On PostgreSQL, EF Core's statements are prepared on the server once they are run often on a connection
/// (<see cref="PostgresAutoPrepare"/>), unless the connection string says otherwise.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresAutoPrepareTests(PostgresApp fixture)
{
    [Fact]
    public async Task A_statement_run_often_is_prepared_on_the_server()
    {
        using var scope = fixture.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        await db.Database.OpenConnectionAsync();
        try
        {
            var channel = $"auto-prepare-{Guid.NewGuid():N}";
            for (var run = 0; run < 10; run++) await db.Orders.Where(o => o.Channel == channel).CountAsync();

            await using var prepared = db.Database.GetDbConnection().CreateCommand();
            prepared.CommandText = "select count(*) from pg_prepared_statements where statement like '%orders%channel%'";
            Assert.True((long)(await prepared.ExecuteScalarAsync())! > 0, "the query was not prepared");
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [Theory]
    [InlineData("Host=db;Database=commerce;Max Auto Prepare=0")]
    [InlineData("Host=db;Database=commerce;MaxAutoPrepare=20")]
    [InlineData("Host=db;Database=commerce;max auto prepare=5")]
    public void A_connection_string_that_sets_it_is_kept(string connectionString) =>
        Assert.Equal(connectionString, PostgresAutoPrepare.Apply(connectionString));

    [Fact]
    public void A_connection_string_without_it_gets_it_and_keeps_the_rest()
    {
        var applied = new NpgsqlConnectionStringBuilder(PostgresAutoPrepare.Apply("Host=db;Port=5433;Database=commerce;Username=shop;Password=s3cret"));

        Assert.Equal(PostgresAutoPrepare.MaxStatements, applied.MaxAutoPrepare);
        Assert.Equal(("db", 5433, "commerce", "shop", "s3cret"), (applied.Host, applied.Port, applied.Database, applied.Username, applied.Password));
    }
}
