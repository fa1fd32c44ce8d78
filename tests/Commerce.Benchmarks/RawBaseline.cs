using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Commerce.Benchmarks;

/// <summary>
/// The floor to compare with: the rows one order makes on its way to Allocated (order, lines, status history, outbox
/// messages, stock update, ledger, allocation) written with plain ADO.NET, one transaction per order, by the same number
/// of concurrent writers, into tables of the same shape in a database of the same kind, each commit as durable as the
/// host's (SQLite's <c>synchronous</c>) and each writer waiting for a locked file as the host's do (<c>busy_timeout</c>).
/// It keeps SQLite's default checkpoints, in the commit that takes the log past 1,000 pages: with no gate in front of
/// the file, another writer can go on meanwhile.
/// </summary>
public sealed class RawBaseline(string provider, string connectionString, int concurrency, string sqliteSynchronous)
{
    private bool Sqlite => provider == "Sqlite";

    public async Task SetUpAsync(string[] skus, int unitsEach)
    {
        await using var connection = await OpenAsync();
        var guid = Sqlite ? "TEXT" : "uuid";
        var time = Sqlite ? "INTEGER" : "timestamptz";
        var serial = Sqlite ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "bigserial PRIMARY KEY";
        var blob = Sqlite ? "BLOB" : "bytea";
        if (Sqlite) await ExecuteAsync(connection, "PRAGMA journal_mode=WAL");
        await ExecuteAsync(connection, $"""
            CREATE TABLE baseline_orders (id {guid} PRIMARY KEY, channel varchar(50) NOT NULL, external_id varchar(100) NOT NULL,
              customer_name varchar(200) NOT NULL, customer_email varchar(254) NOT NULL, ship_to varchar(800) NOT NULL,
              currency varchar(3) NOT NULL, total numeric(18,4) NOT NULL, status varchar(30) NOT NULL, placed_at {time} NOT NULL,
              updated_at {time} NOT NULL, revision integer NOT NULL);
            CREATE UNIQUE INDEX ix_baseline_orders_channel_external ON baseline_orders (channel, external_id);
            CREATE INDEX ix_baseline_orders_status ON baseline_orders (status, placed_at);
            CREATE TABLE baseline_order_lines (order_id {guid} NOT NULL, line_number integer NOT NULL, sku varchar(64) NOT NULL,
              quantity integer NOT NULL, unit_price numeric(18,4) NOT NULL, allocated integer NOT NULL, PRIMARY KEY (order_id, line_number));
            CREATE TABLE baseline_status_history (id {serial}, order_id {guid} NOT NULL, to_status varchar(30) NOT NULL,
              at {time} NOT NULL, actor varchar(200) NOT NULL);
            CREATE TABLE baseline_outbox (id {guid} PRIMARY KEY, message_type varchar(250) NOT NULL, body {blob} NOT NULL);
            CREATE TABLE baseline_stock (sku varchar(64) PRIMARY KEY, on_hand integer NOT NULL, reserved integer NOT NULL, version integer NOT NULL);
            CREATE TABLE baseline_ledger (id {serial}, sku varchar(64) NOT NULL, reserved_delta integer NOT NULL, reference varchar(100), at {time} NOT NULL);
            CREATE TABLE baseline_allocation_lines (order_id {guid} NOT NULL, line_number integer NOT NULL, requested integer NOT NULL,
              allocated integer NOT NULL, PRIMARY KEY (order_id, line_number));
            """);
        foreach (var sku in skus)
            await ExecuteAsync(connection, "INSERT INTO baseline_stock VALUES (@sku, @units, 0, 0)", ("sku", sku), ("units", unitsEach));
    }

    public async Task<LoadResult> RunAsync(string runName, string[] skus, int orders)
    {
        var next = -1;
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            await using var connection = await OpenAsync();
            int i;
            while ((i = Interlocked.Increment(ref next)) < orders) await WriteOrderAsync(connection, $"{runName}-{i}", skus, i);
        }));
        return new LoadResult(orders, stopwatch.Elapsed, stopwatch.Elapsed);
    }

    private async Task WriteOrderAsync(DbConnection connection, string externalId, string[] skus, int i)
    {
        var id = Guid.CreateVersion7();
        var now = DateTimeOffset.UtcNow;
        var lines = Enumerable.Range(0, 1 + i % 3).Select(l => (Number: l + 1, Sku: skus[(i + l * 7) % skus.Length], Quantity: 1 + l)).ToList();
        await using var transaction = Sqlite
            ? ((SqliteConnection)connection).BeginTransaction(deferred: false)
            : await connection.BeginTransactionAsync();
        async Task Run(string sql, params (string, object)[] parameters) =>
            await ExecuteAsync(connection, sql, transaction, parameters);

        await Run("""
            INSERT INTO baseline_orders VALUES (@id, 'bench', @external, 'Load Tester', @email,
              'Load Tester|2 Test St||Austin|TX|78701|US|standard', 'USD', @total, 'Placed', @now, @now, 1)
            """, ("id", Id(id)), ("external", externalId), ("email", $"buyer{i % 500}@example.com"),
            ("total", lines.Sum(l => l.Quantity) * 12.5m), ("now", Time(now)));
        foreach (var line in lines)
        {
            await Run("INSERT INTO baseline_order_lines VALUES (@id, @n, @sku, @q, 12.5, 0)",
                ("id", Id(id)), ("n", line.Number), ("sku", line.Sku), ("q", line.Quantity));
        }

        await Run("INSERT INTO baseline_status_history (order_id, to_status, at, actor) VALUES (@id, 'Placed', @now, 'api-key:bench')",
            ("id", Id(id)), ("now", Time(now)));
        await Run("INSERT INTO baseline_outbox VALUES (@mid, 'ReserveStock', @body)", ("mid", Id(Guid.NewGuid())), ("body", new byte[400]));

        // Stock rows in one order (by SKU) in every transaction, or two writers locking them in opposite orders deadlock
        // on PostgreSQL.
        foreach (var line in lines.OrderBy(l => l.Sku, StringComparer.Ordinal))
        {
            await Run("UPDATE baseline_stock SET reserved = reserved + @q, version = version + 1 WHERE sku = @sku AND on_hand - reserved >= @q",
                ("q", line.Quantity), ("sku", line.Sku));
            await Run("INSERT INTO baseline_ledger (sku, reserved_delta, reference, at) VALUES (@sku, @q, @ref, @now)",
                ("sku", line.Sku), ("q", line.Quantity), ("ref", id.ToString()), ("now", Time(now)));
            await Run("INSERT INTO baseline_allocation_lines VALUES (@id, @n, @q, @q)", ("id", Id(id)), ("n", line.Number), ("q", line.Quantity));
            await Run("UPDATE baseline_order_lines SET allocated = @q WHERE order_id = @id AND line_number = @n",
                ("q", line.Quantity), ("id", Id(id)), ("n", line.Number));
        }

        await Run("INSERT INTO baseline_outbox VALUES (@mid, 'StockAllocationChanged', @body)", ("mid", Id(Guid.NewGuid())), ("body", new byte[300]));
        await Run("UPDATE baseline_orders SET status = 'Allocated', revision = revision + 1 WHERE id = @id", ("id", Id(id)));
        await Run("INSERT INTO baseline_status_history (order_id, to_status, at, actor) VALUES (@id, 'Allocated', @now, 'inventory')",
            ("id", Id(id)), ("now", Time(now)));
        await transaction.CommitAsync();
    }

    private object Id(Guid id) => Sqlite ? id.ToString() : id;

    private object Time(DateTimeOffset time) => Sqlite ? time.UtcTicks : time;

    private async Task<DbConnection> OpenAsync()
    {
        DbConnection connection = Sqlite ? new SqliteConnection(connectionString) : new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        // As the host's connections are set (SqliteConnectionSettings): a writer that finds the file locked waits in
        // SQLite's busy handler, not in Microsoft.Data.Sqlite's retry, which sleeps 150 ms each time.
        if (Sqlite) await ExecuteAsync(connection, $"PRAGMA synchronous = {sqliteSynchronous}; PRAGMA busy_timeout = 30000");
        return connection;
    }

    private static Task ExecuteAsync(DbConnection connection, string sql, params (string, object)[] parameters) =>
        ExecuteAsync(connection, sql, null, parameters);

    private static async Task ExecuteAsync(DbConnection connection, string sql, DbTransaction? transaction, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        await command.ExecuteNonQueryAsync();
    }
}
