namespace Commerce.Warehouse.Domain.Routing;

/// <summary>What one picking trip can carry: orders (totes on the cart) and units.</summary>
internal sealed record BatchLimits(int MaxOrders, int MaxUnits);
