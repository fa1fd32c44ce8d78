using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Commerce.Kernel.Persistence;

public static class InsertIfAbsent
{
    private static readonly ConcurrentDictionary<(IModel, Type), Statement> Statements = new();

    /// <summary>
    /// Inserts the entity unless a unique key already holds its values, in one statement and one round trip
    /// (<c>INSERT … ON CONFLICT DO NOTHING</c>) on SQLite and PostgreSQL; false when a key was taken. Nothing is tracked
    /// and nothing is audited: for rows that are only ever appended on a hot path (a store's webhook, on its deadline).
    /// SQL Server has no such clause and takes <see cref="UniqueInsert.TryInsertAsync{TEntity}"/>.
    /// </summary>
    public static async Task<bool> InsertIfAbsentAsync<TEntity>(this DbContext db, TEntity entity, CancellationToken cancellationToken)
        where TEntity : class
    {
        var provider = DatabaseProviders.Of(db);
        if (provider == DatabaseProvider.SqlServer) return await db.TryInsertAsync(entity, cancellationToken);

        var statement = Statements.GetOrAdd((db.Model, typeof(TEntity)), key => Statement.For(db, key.Item2));
        // The command only makes the parameters: EF Core runs the statement, inside the context's transaction, if any.
        using var command = db.Database.GetDbConnection().CreateCommand();
        var parameters = statement.Columns.Select((column, i) => (object)column.Mapping.CreateParameter(
            command, statement.ParameterNames[i], column.Property.GetGetter().GetClrValueUsingContainingEntity(entity), column.Property.IsNullable))
            .ToArray();

        // On SQLite the write goes through a transaction, so that it queues on the write gate with every other write.
        await using var transaction = provider == DatabaseProvider.Sqlite && db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        var inserted = await db.Database.ExecuteSqlRawAsync(statement.Sql, parameters, cancellationToken);
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        return inserted == 1;
    }

    private sealed record Column(IProperty Property, RelationalTypeMapping Mapping);

    private sealed record Statement(string Sql, IReadOnlyList<Column> Columns, IReadOnlyList<string> ParameterNames)
    {
        public static Statement For(DbContext db, Type type)
        {
            var entityType = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
            var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
            var sql = db.GetService<ISqlGenerationHelper>();
            var columns = entityType.GetProperties()
                .Where(p => p.GetColumnName(table) is not null)
                .Select(p => p.IsShadowProperty()
                    ? throw new NotSupportedException($"{type.Name}.{p.Name} is a shadow property: insert it through SaveChanges.")
                    : new Column(p, (RelationalTypeMapping)p.GetTypeMapping()))
                .ToList();
            var names = string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName(table)!)));
            var parameters = columns.Select((_, i) => sql.GenerateParameterName($"p{i}")).ToList();
            var values = string.Join(", ", columns.Select((_, i) => sql.GenerateParameterNamePlaceholder($"p{i}")));
            return new Statement(
                $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({names}) VALUES ({values}) ON CONFLICT DO NOTHING", columns,
                parameters);
        }
    }
}
