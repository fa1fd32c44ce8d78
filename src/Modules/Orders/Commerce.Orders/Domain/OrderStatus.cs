namespace Commerce.Orders.Domain;

public enum OrderStatus
{
    Placed,
    Allocated,
    PartiallyAllocated,
    Backordered,
    Cancelled,
}

public enum ServiceLevel
{
    Economy,
    Standard,
    Expedited,
}
