using Commerce.Kernel;
using Commerce.Storefronts.Data;
using Commerce.Storefronts.Domain;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Commerce.Storefronts.Features.Outbound;

/// <summary>The retry rule of every push: an unavailable store is tried again after the next delay; nothing else is.</summary>
public static class PushRetries
{
    public static (PushAttemptOutcome Outcome, string? Detail, TimeSpan? RetryIn) Decide(
        StoreCallResult result, int attempt, IReadOnlyList<TimeSpan> delays)
    {
        if (result.Succeeded) return (PushAttemptOutcome.Succeeded, null, null);
        if (result.Outcome == StoreCallOutcome.Unavailable && attempt <= delays.Count)
        {
            var wait = delays[attempt - 1];
            return (PushAttemptOutcome.WillRetry, $"attempt {attempt + 1} of {delays.Count + 1} in {wait}", wait);
        }

        return (PushAttemptOutcome.Failed,
            result.Outcome == StoreCallOutcome.Unavailable ? $"given up after {attempt} attempts" : "not retried: the store refused it", null);
    }

    /// <summary>
    /// The messages after one call to a store: what came of it, and — when the store was unavailable and attempts are
    /// left — the same push again after the next delay (a durable scheduled message).
    /// </summary>
    public static OutgoingMessages AfterCall(
        StoreCallResult result, int attempt, IReadOnlyList<TimeSpan> delays, Func<PushAttemptOutcome, string?, object> attempted,
        Func<object> again)
    {
        var (outcome, decision, retryIn) = Decide(result, attempt, delays);
        OutgoingMessages messages = [attempted(outcome, decision)];
        if (retryIn is { } wait) messages.Add(again().DelayedFor(wait));
        return messages;
    }

    /// <summary>
    /// Records one attempt of a push that has a <see cref="PushRecord"/>: the attempt (once: a redelivered outcome records
    /// nothing), described by <paramref name="what"/> and the decision, and where the push stands now.
    /// </summary>
    public static async Task RecordAsync<TRecord>(
        StorefrontsDbContext db, string storeId, PushOperation operation, string key, int attempt, StoreCallResult result,
        PushAttemptOutcome outcome, string what, string? decision, IQueryable<TRecord> record, CancellationToken cancellationToken)
        where TRecord : PushRecord
    {
        if (await RecordedAsync(db, storeId, operation, key, attempt, cancellationToken)) return;
        db.PushAttempts.Add(Attempt(storeId, operation, key, attempt, result, outcome, decision is null ? what : $"{what}; {decision}"));
        (await record.SingleOrDefaultAsync(cancellationToken))?.Attempted(outcome, result.Error, result.At);
    }

    /// <summary>True when this attempt's outcome was recorded already (a redelivered message).</summary>
    public static Task<bool> RecordedAsync(
        StorefrontsDbContext db, string storeId, PushOperation operation, string key, int attempt, CancellationToken cancellationToken) =>
        db.PushAttempts.AnyAsync(a => a.StoreId == storeId && a.Operation == operation && a.Key == key && a.Attempt == attempt, cancellationToken);

    public static PushAttempt Attempt(
        string storeId, PushOperation operation, string key, int attempt, StoreCallResult result, PushAttemptOutcome outcome, string? detail) => new()
    {
        StoreId = storeId,
        Operation = operation,
        Key = key.Truncate(100),
        Attempt = attempt,
        At = result.At,
        Outcome = outcome,
        StatusCode = result.StatusCode,
        Error = result.Error?.Truncate(1000),
        Detail = detail?.Truncate(1000),
    };
}
