namespace Commerce.Orders.Domain;

public enum OrderStatus
{
    Placed,
    Allocated,
    PartiallyAllocated,
    Backordered,
    Cancelled,
    Shipped,
    Delivered,
}

public enum ServiceLevel
{
    Economy,
    Standard,
    Expedited,
}
