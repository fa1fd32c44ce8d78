namespace Commerce.Integrations.Abstractions.Storefronts;

/// <summary>
/// An order as a store reports it, mapped from the vendor's payload: what the Orders module needs to place, update or
/// cancel it. Ids are strings so 64-bit vendor ids (Shopify's exceed 2^53) survive exactly.
/// </summary>
/// <param name="ExternalId">The store's id of the order, unique within the store: the idempotency key with the channel.</param>
/// <param name="Number">The human order number or name shown to the shopper (e.g. "#1001"), when there is one.</param>
/// <param name="Status">The store's status, lower case as the vendor spells it (e.g. "processing", "paid").</param>
/// <param name="UpdatedAt">When the store last changed the order: a newer state wins over an older one.</param>
/// <param name="Cancelled">The store cancelled (or deleted) the order.</param>
/// <param name="ServiceLevel">economy, standard or expedited, from the shipping method chosen; null when unknown.</param>
public sealed record StoreOrder(
    string ExternalId,
    string? Number,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    StoreCustomer Customer,
    StoreAddress? ShippingAddress,
    string Currency,
    decimal Total,
    string? ServiceLevel,
    IReadOnlyList<StoreOrderLine> Lines,
    bool Cancelled = false,
    string? CancelReason = null);

public sealed record StoreCustomer(string? Name, string? Email, string? Phone);

public sealed record StoreAddress(
    string? Name, string? Line1, string? Line2, string? City, string? Region, string? PostalCode, string? CountryCode);

/// <summary>A line of a store order. <see cref="Sku"/> is null when the store's product has none.</summary>
public sealed record StoreOrderLine(string ExternalLineId, string? Sku, string Title, int Quantity, decimal UnitPrice);
