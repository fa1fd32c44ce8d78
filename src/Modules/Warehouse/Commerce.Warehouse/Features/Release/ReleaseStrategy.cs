using Commerce.Kernel.Http;
using Commerce.Warehouse.Domain.Picking;

namespace Commerce.Warehouse.Features.Release;

/// <summary>A release request, checked: how lists are formed and which orders are taken.</summary>
internal sealed record ReleasePlan(
    PickStrategy PickBy, bool IsWave, IReadOnlyList<Guid>? OrderIds, int MaxOrders, int OrdersPerBatch, int MaxUnitsPerBatch,
    WaveRule? Wave)
{
    public const int DefaultMaxOrders = 50;
    public const int MaxOrdersLimit = 500;

    public static ReleasePlan? From(ReleaseRequest request, FieldErrors errors)
    {
        var strategy = request.Strategy?.Trim().ToLowerInvariant();
        var isWave = strategy == "wave";
        PickStrategy? pickBy = strategy switch
        {
            "singleorder" or "single-order" or "single" => PickStrategy.SingleOrder,
            "batch" => PickStrategy.Batch,
            "zone" => PickStrategy.Zone,
            "wave" => request.Wave?.PickBy?.Trim().ToLowerInvariant() switch
            {
                null or "batch" => PickStrategy.Batch,
                "zone" => PickStrategy.Zone,
                _ => null,
            },
            _ => null,
        };
        if (strategy is null) errors.Add("strategy", "is required: singleOrder, batch, zone or wave.");
        else if (pickBy is null && !isWave) errors.Add("strategy", "must be singleOrder, batch, zone or wave.");
        else if (pickBy is null) errors.Add("wave.pickBy", "must be batch or zone.");
        if (isWave && request.Wave is null) errors.Add("wave", "is required for a wave: its cut-off rule.");
        if (!isWave && request.Wave is not null) errors.Add("wave", "applies only to the wave strategy.");
        errors.Check(request.MaxOrders is null or (>= 1 and <= MaxOrdersLimit), "maxOrders", $"must be between 1 and {MaxOrdersLimit}.");
        errors.Check(request.OrdersPerBatch is null or (>= 1 and <= 50), "ordersPerBatch", "must be between 1 and 50.");
        errors.Check(request.MaxUnitsPerBatch is null or (>= 1 and <= 10_000), "maxUnitsPerBatch", "must be between 1 and 10,000.");
        errors.Check(request.OrderIds is null || (request.OrderIds.Count is > 0 and <= MaxOrdersLimit), "orderIds",
            $"must list 1 to {MaxOrdersLimit} orders when given.");
        if (request.Wave?.ServiceLevels is { } levels)
        {
            foreach (var level in levels)
                errors.Check(level is "Economy" or "Standard" or "Expedited", "wave.serviceLevels",
                    $"'{level}' is not a service level: Economy, Standard or Expedited.");
        }

        if (errors.Any) return null;
        return new ReleasePlan(pickBy!.Value, isWave, request.OrderIds?.Distinct().ToList(),
            request.MaxOrders ?? DefaultMaxOrders, request.OrdersPerBatch ?? 6, request.MaxUnitsPerBatch ?? 100, request.Wave);
    }

    public bool Takes(ReadyOrder ready) =>
        Wave is null
        || ((Wave.ServiceLevels is null || Wave.ServiceLevels.Contains(ready.Order.ServiceLevel))
            && (Wave.Channels is null || Wave.Channels.Contains(ready.Order.Channel))
            && (Wave.PlacedBefore is null || ready.Order.PlacedAt < Wave.PlacedBefore));

    public string DescribeWave() =>
        Wave is null ? "" : string.Join("; ", new[]
        {
            Wave.ServiceLevels is null ? null : "service levels " + string.Join(", ", Wave.ServiceLevels),
            Wave.Channels is null ? null : "channels " + string.Join(", ", Wave.Channels),
            Wave.PlacedBefore is null ? null : $"placed before {Wave.PlacedBefore:O}",
            $"picked by {PickBy}",
        }.Where(s => s is not null));
}
