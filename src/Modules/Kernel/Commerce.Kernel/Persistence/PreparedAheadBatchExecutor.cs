using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Update;
using Microsoft.EntityFrameworkCore.Update.Internal;

namespace Commerce.Kernel.Persistence;

#pragma warning disable EF1001 // EF Core's batch executor, replaced as a service: the one place a save's statements are run.
/// <summary>
/// EF Core's batch executor, given a save's statements prepared before its transaction begins. EF Core begins the
/// transaction once it has prepared the first statement and prepares each of the others (SQL text, parameters) just
/// before running it; on SQLite every statement is a batch of its own, so that work held the single writer's lock
/// (<see cref="SqliteWriteGate"/>) while every other writer waited: about a sixth of the time the lock is held.
/// <para>
/// A statement that needs a key the database generates for an earlier statement of the same save can only be prepared
/// once that statement has run: a new row's foreign key to a new row with an identity key, or the second table's row of
/// a new entity stored in two tables (table per type, entity splitting). Such saves are left to EF Core's own order.
/// No module's model has either today; the guard is for the day one does.
/// </para>
/// </summary>
public sealed class PreparedAheadBatchExecutor(ICurrentDbContext currentContext, IDiagnosticsLogger<DbLoggerCategory.Update> updateLogger)
    : BatchExecutor(currentContext, updateLogger)
{
    /// <summary>
    /// Per model, the properties of each entity type whose temporary value a later statement of a save would need: its
    /// foreign keys to keys the database generates, and its own generated key when it is stored in more than one table.
    /// </summary>
    private static readonly ConditionalWeakTable<IModel, Dictionary<IEntityType, IProperty[]>> GeneratedKeyReferences = new();

    public override int Execute(IEnumerable<ModificationCommandBatch> commandBatches, IRelationalConnection connection) =>
        base.Execute(PrepareAhead(commandBatches), connection);

    public override Task<int> ExecuteAsync(
        IEnumerable<ModificationCommandBatch> commandBatches, IRelationalConnection connection, CancellationToken cancellationToken = default) =>
        base.ExecuteAsync(PrepareAhead(commandBatches), connection, cancellationToken);

    private IEnumerable<ModificationCommandBatch> PrepareAhead(IEnumerable<ModificationCommandBatch> commandBatches) =>
        WaitsForGeneratedKey(CurrentContext.Context) ? commandBatches : commandBatches.ToList();

    /// <summary>Whether a row of this save refers to a row whose key the database has yet to generate.</summary>
    public static bool WaitsForGeneratedKey(DbContext context)
    {
        var references = GeneratedKeyReferences.GetValue(context.Model, ReferencesToGeneratedKeys);
        if (references.Count == 0) return false;

        // The save has detected its changes already: looking again would only cost time.
        var tracker = context.ChangeTracker;
        var detecting = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var entry in tracker.Entries())
            {
                if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
                if (!references.TryGetValue(entry.Metadata, out var properties)) continue;
                foreach (var property in properties)
                {
                    if (entry.Property(property).IsTemporary) return true;
                }
            }

            return false;
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detecting;
        }
    }

    private static Dictionary<IEntityType, IProperty[]> ReferencesToGeneratedKeys(IModel model) =>
        model.GetEntityTypes()
            .Select(type => (type, properties: type.GetForeignKeys()
                .Where(fk => IsGenerated(fk.PrincipalKey))
                .SelectMany(fk => fk.Properties)
                .Concat(type.FindPrimaryKey() is { } key && IsGenerated(key) && StoredInSeveralTables(type) ? key.Properties : [])
                .Distinct()
                .ToArray()))
            .Where(t => t.properties.Length > 0)
            .ToDictionary(t => t.type, t => t.properties);

    private static bool IsGenerated(IKey key) => key.Properties.Any(p => p.ValueGenerated != ValueGenerated.Never);

    private static bool StoredInSeveralTables(IEntityType type) =>
        type.GetTableMappings().Select(m => m.Table).Distinct().Skip(1).Any();
}
#pragma warning restore EF1001
