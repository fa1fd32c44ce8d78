namespace Commerce.Warehouse.Domain.Routing;

/// <summary>How a pick route is chosen: two textbook heuristics and the exact Ratliff–Rosenthal optimum.</summary>
internal enum RoutingMethod { SShape, LargestGap, Optimal }
