using System.Data.Common;
using Npgsql;

namespace Commerce.Kernel.Persistence;

/// <summary>
/// Npgsql's automatic preparation for EF Core's connections, unless the connection string says otherwise: a statement
/// run often on a connection (every insert of an order, every save of a reservation) is prepared on the server once,
/// and each later run skips PostgreSQL's parsing and planning. EF Core's statements name their columns, so a later
/// migration that adds one does not change what a prepared statement returns. A connection string that sets
/// <c>Max Auto Prepare</c> (0 turns it off, as a transaction-mode pooler without prepared statements needs) is kept.
/// Measured on 2 cores shared with the server, interleaved, each the median of three runs of 4,000 orders: 831 and 780
/// orders/s at 16 clients, 963 and 983 at 64, without; 1,056 and 926, 1,402 and 1,077 with (docs/benchmarks.md).
/// </summary>
public static class PostgresAutoPrepare
{
    /// <summary>Statements prepared per physical connection, least recently used first replaced (Npgsql allows 256).</summary>
    public const int MaxStatements = 100;

    public static string Apply(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var setsItself = given.Keys.Cast<string>().Any(key =>
            key.Replace(" ", "", StringComparison.Ordinal).Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase));
        if (setsItself) return connectionString;
        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = MaxStatements }.ConnectionString;
    }
}
