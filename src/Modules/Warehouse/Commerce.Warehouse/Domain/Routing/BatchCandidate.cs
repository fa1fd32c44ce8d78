namespace Commerce.Warehouse.Domain.Routing;

/// <summary>An order that could go on a batch-picking trip: where its lines are picked and how many units it puts in the totes.</summary>
internal sealed record BatchCandidate<TKey>(TKey Order, IReadOnlyList<PickLocation> Picks, int Units) where TKey : notnull;
