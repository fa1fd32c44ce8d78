using Commerce.Kernel;
using Commerce.Kernel.Auditing;

namespace Commerce.Storefronts.Domain;

/// <summary>
/// A store's reconciliation: the cursor to pull from next (saved only with the page it ends applied) and what the
/// last run did.
/// </summary>
[NotAudited]
public sealed class StoreSyncState
{
    public required string StoreId { get; init; }
    public string? Cursor { get; private set; }
    public Guid? RunId { get; private set; }
    public string? RunTrigger { get; private set; }
    public DateTimeOffset? RunStartedAt { get; private set; }
    public DateTimeOffset? RunFinishedAt { get; private set; }
    public string? RunOutcome { get; private set; }
    public int RunPages { get; private set; }
    public int RunOrders { get; private set; }
    /// <summary>What the run did to the orders (placed, cancelled, unchanged, failed with reasons).</summary>
    public string? RunSummary { get; private set; }
    public string? RunError { get; private set; }

    /// <summary>Starts recording the run, or carries on with it when this is one of its later pages.</summary>
    public void Begin(Guid runId, string trigger, DateTimeOffset startedAt)
    {
        if (RunId == runId) return;
        RunId = runId;
        RunTrigger = trigger.Truncate(20);
        RunStartedAt = startedAt;
        RunFinishedAt = null;
        RunOutcome = ReconciliationOutcome.Running;
        RunPages = 0;
        RunOrders = 0;
        RunSummary = null;
        RunError = null;
    }

    public void PageApplied(string? nextCursor, int orders, string summary)
    {
        if (nextCursor is not null) Cursor = nextCursor;
        RunPages++;
        RunOrders += orders;
        RunSummary = (RunSummary is null ? summary : $"{RunSummary} | {summary}").Truncate(2000);
    }

    public void Finish(string outcome, string? error, DateTimeOffset at)
    {
        RunOutcome = outcome;
        RunError = error?.Truncate(1000);
        RunFinishedAt = at;
    }
}

public static class ReconciliationOutcome
{
    public const string Running = "Running";
    public const string Succeeded = "Succeeded";
    /// <summary>Stopped at the page cap with more to pull: the next run carries on from the saved cursor.</summary>
    public const string Partial = "Partial";
    /// <summary>The store could not be reached (5xx, 429, timeout): the cursor is kept, the next run tries again.</summary>
    public const string Unavailable = "Unavailable";
    /// <summary>The store refused or the connector failed: the cursor is kept.</summary>
    public const string Failed = "Failed";
    /// <summary>Another run moved the cursor meanwhile: this one's orders were applied, its cursor was not saved.</summary>
    public const string Superseded = "Superseded";
}
