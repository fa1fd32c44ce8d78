using Commerce.Integrations.Abstractions.Carriers;
using Commerce.Shipping.Carriers;
using Microsoft.Extensions.Logging;

namespace Commerce.Shipping.Features.Rates;

/// <summary>
/// Asks every enabled carrier account for every package at once. A carrier that fails, answers nonsense or takes longer
/// than the budget is left out with the reason; it never fails the quote.
/// </summary>
internal sealed class RateShopper(CarrierRegistry registry, ILogger<RateShopper> logger)
{
    public async Task<(Dictionary<Guid, IReadOnlyList<CarrierRate>> RatesByPackage, List<string> Skipped)> QuoteAsync(
        IReadOnlyList<(Guid PackageId, ShipmentDetails Details)> packages, TimeSpan budget, CancellationToken cancellationToken)
    {
        var skipped = new List<string>();
        var carriers = registry.All.Where(c => c.Can(CarrierCapabilities.Rates)).ToList();
        // Carriers get the budget less a margin for gathering their answers, so the whole quote fits in the budget.
        var carrierBudget = budget - TimeSpan.FromMilliseconds(Math.Min(50, budget.TotalMilliseconds / 10));
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(carrierBudget);
        var calls = carriers.SelectMany(c => packages.Select(p => (Carrier: c, p.PackageId, Task: AskAsync(c, p.Details, deadline.Token)))).ToList();
        // The budget bounds the wait even for an adapter that ignores cancellation.
        await Task.WhenAny(Task.WhenAll(calls.Select(c => c.Task)), Task.Delay(carrierBudget, cancellationToken));

        var byPackage = packages.ToDictionary(p => p.PackageId, _ => (IReadOnlyList<CarrierRate>)new List<CarrierRate>());
        foreach (var group in calls.GroupBy(c => c.Carrier.Account.Id))
        {
            var failures = new HashSet<string>();
            foreach (var (connection, packageId, task) in group)
            {
                if (!task.IsCompletedSuccessfully)
                {
                    failures.Add(task.IsCompleted ? Describe(task.Exception?.GetBaseException()) : $"no answer within {budget.TotalSeconds:0.#} s");
                    continue;
                }

                var (result, error) = task.Result;
                if (error is not null)
                {
                    failures.Add(error);
                    continue;
                }

                ((List<CarrierRate>)byPackage[packageId]).AddRange(result!.Rates.Select(r => r with { AccountId = connection.Account.Id }));
                skipped.AddRange(result.Skipped.Select(s => $"{connection.Account.Id}: {s}"));
            }

            foreach (var failure in failures)
            {
                skipped.Add($"{group.Key}: {failure}");
                logger.LogWarning("Carrier account {Account} left out of a quote: {Reason}", group.Key, failure);
            }
        }

        return (byPackage, skipped.Distinct().ToList());
    }

    private static async Task<(RateResult?, string?)> AskAsync(CarrierConnection connection, ShipmentDetails details, CancellationToken cancellationToken)
    {
        try
        {
            return (await connection.Adapter.RateAsync(connection.Account, details, cancellationToken), null);
        }
        catch (OperationCanceledException)
        {
            return (null, "no answer within the quote's time budget");
        }
        catch (Exception e) when (e is CarrierException or HttpRequestException or System.Text.Json.JsonException or FormatException)
        {
            return (null, Describe(e));
        }
    }

    private static string Describe(Exception? e) => e switch
    {
        CarrierException c => $"{c.Kind.ToString().ToLowerInvariant()}: {c.Message}",
        null => "failed",
        _ => $"unreadable answer ({e.GetType().Name})",
    };
}
