using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Commerce.Kernel.Persistence;

/// <summary>
/// Writes the messages a module's DbContext is to complete (<see cref="ModuleDbContext.CompleteMessageOnSave"/>) into
/// its transaction as it commits, and shows them handled to Wolverine only once it has. Written at the commit, the
/// completion holds SQLite's write lock no longer than the save does.
/// </summary>
public sealed class InboxCompletionInterceptor : TransactionEndInterceptor
{
    public static readonly InboxCompletionInterceptor Instance = new();

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction,
        TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ModuleDbContext context) await context.TransactionCommittingAsync(transaction, cancellationToken);
        return result;
    }

    protected override void Ended(DbTransaction transaction, DbContextEventData eventData, bool committed) =>
        (eventData.Context as ModuleDbContext)?.TransactionEnded(committed);
}
