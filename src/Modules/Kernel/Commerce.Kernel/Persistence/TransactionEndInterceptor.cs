using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Commerce.Kernel.Persistence;

/// <summary>
/// A transaction interceptor told once how each transaction ended: committed, or not (rolled back, or its commit or
/// rollback failed), sync or async alike.
/// </summary>
public abstract class TransactionEndInterceptor : DbTransactionInterceptor
{
    protected abstract void Ended(DbTransaction transaction, DbContextEventData eventData, bool committed);

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Ended(transaction, eventData, committed: true);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Ended(transaction, eventData, committed: true);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        Ended(transaction, eventData, committed: false);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Ended(transaction, eventData, committed: false);
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) =>
        Ended(transaction, eventData, committed: false);

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Ended(transaction, eventData, committed: false);
        return Task.CompletedTask;
    }
}
