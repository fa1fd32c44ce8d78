namespace Commerce.Warehouse.Domain.Routing;

/// <summary>
/// A route through a pick list. <see cref="Order"/> = indexes into the input pick list in visiting order (each index
/// exactly once); <see cref="Length"/> = walking distance depot → picks in that order → depot (<see cref="WalkingDistance.Tour"/>).
/// </summary>
internal sealed record PickRoute(RoutingMethod Method, IReadOnlyList<int> Order, double Length);
