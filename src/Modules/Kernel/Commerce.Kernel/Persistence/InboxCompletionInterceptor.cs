using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Commerce.Kernel.Persistence;

/// <summary>
/// Tells a module's DbContext how its transaction ended, so that messages marked handled in it
/// (<see cref="ModuleDbContext.CompleteMessageOnSave"/>) are shown handled to Wolverine only once that is committed.
/// </summary>
public sealed class InboxCompletionInterceptor : DbTransactionInterceptor
{
    public static readonly InboxCompletionInterceptor Instance = new();

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Ended(eventData, true);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Ended(eventData, true);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Ended(eventData, false);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Ended(eventData, false);
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Ended(eventData, false);

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Ended(eventData, false);
        return Task.CompletedTask;
    }

    private static void Ended(DbContextEventData eventData, bool committed) =>
        (eventData.Context as ModuleDbContext)?.TransactionEnded(committed);
}
