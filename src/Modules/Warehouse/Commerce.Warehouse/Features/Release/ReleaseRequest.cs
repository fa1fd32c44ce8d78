namespace Commerce.Warehouse.Features.Release;

/// <summary>
/// Release ready orders to the floor. <see cref="Strategy"/>: <c>singleOrder</c>, <c>batch</c>, <c>zone</c> or <c>wave</c>.
/// Without <see cref="OrderIds"/>, the oldest ready orders are taken, up to <see cref="MaxOrders"/>.
/// </summary>
public sealed record ReleaseRequest(
    string? Strategy, IReadOnlyList<Guid>? OrderIds, int? MaxOrders, int? OrdersPerBatch, int? MaxUnitsPerBatch, WaveRule? Wave);

/// <summary>
/// Which ready orders a wave takes (every criterion given must hold) and how it is picked (<c>batch</c> or <c>zone</c>).
/// </summary>
public sealed record WaveRule(
    IReadOnlyList<string>? ServiceLevels, IReadOnlyList<string>? Channels, DateTimeOffset? PlacedBefore, string? PickBy);

public sealed record ReleaseResult(Guid? WaveId, IReadOnlyList<PickListView> PickLists, IReadOnlyList<SkippedOrder> Skipped);

public sealed record SkippedOrder(Guid OrderId, string Reason);

public sealed record PickListView(
    Guid Id, string Location, string Strategy, string? Zone, Guid? WaveId, string Status, string RouteMethod,
    double RouteLength, string? Picker, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt, IReadOnlyList<PickLineView> Lines);

public sealed record PickLineView(
    Guid Id, int Sequence, Guid OrderId, int OrderLineNumber, int Tote, string Sku, string? ItemBarcode, string Bin,
    int Quantity, int Picked, int Short, string Status);
