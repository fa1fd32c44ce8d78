using System.Data.Common;
using Commerce.Kernel.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Wolverine;

namespace Commerce.Kernel.Persistence;

/// <summary>
/// The base of every module's DbContext: puts the module's tables in its schema (or behind its prefix on SQLite),
/// snake_cases names, and writes an audit entry for every changed aggregate of the module in the same SaveChanges (<see cref="AuditTrail"/>).
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options, TimeProvider clock) : DbContext(options)
{
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

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        QueueSqliteWrites();
        RecordAudit();
        ArmInboxCompletion();
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            // Unless a transaction begun before the save is still open, the completion had its one chance: nothing later
            // on this context may carry it.
            if (Database.CurrentTransaction is null) _completeInTransaction = null;
        }
    }

    private InboxCompletion? _completeOnSave;
    private InboxCompletion? _completeInTransaction;
    private InboxCompletion? _completeOnCommit;

    /// <summary>
    /// Marks the message <paramref name="context"/> is handling (each message of a batch) handled in the transaction of
    /// this context's next asynchronous save, the one Wolverine's transactional middleware makes after the handler
    /// (see <see cref="InboxCompletion"/>). For handlers whose work is that one save. A save with nothing to write has no
    /// transaction: Wolverine then marks the message handled itself, as it does without this.
    /// </summary>
    public void CompleteMessageOnSave(IMessageContext context) => CompleteOnSave(InboxCompletion.Of(context));

    /// <summary>As <see cref="CompleteMessageOnSave"/>, for a completion already found (null: nothing to complete).</summary>
    public void CompleteOnSave(InboxCompletion? completion) => _completeOnSave = completion;

    // The save's own transaction (or one begun before it, which commits later) carries the completion: every save gets one.
    private void ArmInboxCompletion()
    {
        if (_completeOnSave is null) return;
        (_completeInTransaction, _completeOnSave) = (_completeOnSave, null);
        Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
    }

    /// <summary>Called as the transaction commits: the armed completion's rows are written in it.</summary>
    internal async Task TransactionCommittingAsync(DbTransaction transaction, CancellationToken cancellationToken)
    {
        if (_completeInTransaction is not { } completion) return;
        _completeInTransaction = null;
        await completion.WriteAsync(transaction.Connection!, transaction, cancellationToken);
        _completeOnCommit = completion;
    }

    internal void TransactionEnded(bool committed)
    {
        if (committed) _completeOnCommit?.Committed();
        _completeOnCommit = null;
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

    private void RecordAudit() =>
        AuditLog.AddRange(AuditTrail.Of(ChangeTracker, GetType().Assembly, clock.GetUtcNow(), Actor.Current));
}
