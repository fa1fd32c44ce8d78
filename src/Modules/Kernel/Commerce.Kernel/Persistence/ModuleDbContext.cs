using System.Reflection;
using System.Text.Json;
using Commerce.Kernel.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Commerce.Kernel.Persistence;

/// <summary>
/// The base of every module's DbContext: puts the module's tables in its schema (or behind its prefix on SQLite),
/// snake_cases names, and writes an audit entry for every change of the module's entities in the same SaveChanges.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options, TimeProvider clock) : DbContext(options)
{
    // Attribute look-ups run on every SaveChanges; the answers never change, so each is asked once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, bool> NotAudited = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<PropertyInfo, bool> Sensitive = new();

    protected abstract string ModuleName { get; }

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DatabaseProvider Provider => DatabaseProviders.Of(this);

    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ConfigureModel(modelBuilder);
        modelBuilder.Entity<AuditEntry>(audit =>
        {
            audit.ToTable("audit_log");
            audit.HasKey(a => a.Id);
            audit.Property(a => a.Actor).HasMaxLength(200);
            audit.Property(a => a.Entity).HasMaxLength(100);
            audit.Property(a => a.EntityId).HasMaxLength(100);
            audit.Property(a => a.Change).HasMaxLength(20);
            audit.HasIndex(a => new { a.Entity, a.EntityId });
        });
        AssignGuidKeysInCode(modelBuilder);
        ModuleNaming.Apply(modelBuilder, Provider, ModuleName);
    }

    // Entities create their own ids (Guid.CreateVersion7). Telling EF so makes a new child added through a navigation
    // an INSERT; otherwise EF takes a set key for an existing row and issues an UPDATE that finds nothing.
    private static void AssignGuidKeysInCode(ModelBuilder modelBuilder)
    {
        foreach (var key in modelBuilder.Model.GetEntityTypes().Select(e => e.FindPrimaryKey()).OfType<Microsoft.EntityFrameworkCore.Metadata.IMutableKey>())
        {
            if (key.Properties is [{ ClrType: var type } property] && type == typeof(Guid))
                property.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset; storing UTC ticks keeps ordering and range filters in SQL.
        if (Provider == DatabaseProvider.Sqlite)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }

        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        QueueSqliteWrites();
        RecordAudit();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        QueueSqliteWrites();
        RecordAudit();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// EF Core saves a single statement without a transaction, which would pass by <see cref="SqliteWriteGate"/> and
    /// meet SQLite's lock in its sleeping busy handler instead: on SQLite every save gets a transaction, so it queues.
    /// </summary>
    private void QueueSqliteWrites()
    {
        if (Database.AutoTransactionBehavior == AutoTransactionBehavior.WhenNeeded && Provider == DatabaseProvider.Sqlite)
            Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
    }

    private void RecordAudit()
    {
        var moduleAssembly = GetType().Assembly;
        var now = clock.GetUtcNow();
        var entries = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                        && e.Entity.GetType().Assembly == moduleAssembly
                        && !NotAudited.GetOrAdd(e.Entity.GetType(), t => t.GetCustomAttribute<NotAuditedAttribute>() is not null))
            .Select(e => ToAuditEntry(e, now))
            .OfType<AuditEntry>()
            .ToList();
        AuditLog.AddRange(entries);
    }

    private static AuditEntry? ToAuditEntry(EntityEntry entry, DateTimeOffset now)
    {
        var changed = new Dictionary<string, object?[]>();
        foreach (var property in entry.Properties)
        {
            if (entry.State == EntityState.Modified && !property.IsModified) continue;
            if (entry.State == EntityState.Modified && Equals(property.OriginalValue, property.CurrentValue)) continue;
            if (property.Metadata.PropertyInfo is { } info
                && Sensitive.GetOrAdd(info, i => i.GetCustomAttribute<SensitiveAttribute>() is not null))
            {
                changed[property.Metadata.Name] = ["(redacted)", "(redacted)"];
                continue;
            }

            changed[property.Metadata.Name] = entry.State switch
            {
                EntityState.Added => [null, property.CurrentValue],
                EntityState.Deleted => [property.OriginalValue, null],
                _ => [property.OriginalValue, property.CurrentValue],
            };
        }

        if (entry.State == EntityState.Modified && changed.Count == 0) return null;
        var key = entry.Metadata.FindPrimaryKey()?.Properties
            .Select(p => entry.Property(p.Name).CurrentValue?.ToString())
            .ToArray() ?? [];
        return new AuditEntry
        {
            At = now,
            Actor = Actor.Current,
            Entity = entry.Metadata.ClrType.Name,
            EntityId = string.Join("/", key),
            Change = entry.State.ToString(),
            Changes = JsonSerializer.Serialize(changed),
        };
    }
}
