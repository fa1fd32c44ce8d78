namespace Commerce.Integrations.Abstractions.Storefronts;

/// <summary>What a storefront connector can do; the platform only asks for what is declared.</summary>
[Flags]
public enum StorefrontCapabilities
{
    None = 0,
    /// <summary>Verifies and reads order webhooks.</summary>
    Webhooks = 1,
    /// <summary>Pulls orders changed since a cursor (reconciliation).</summary>
    PullOrders = 2,
    /// <summary>Tells the store an order (or part of it) shipped, with tracking.</summary>
    PushFulfillment = 4,
    /// <summary>Sets the store's sellable stock per SKU.</summary>
    PushStock = 8,
    /// <summary>Records a refund decided here in the store.</summary>
    PushRefund = 16,
    /// <summary>Cancels an order in the store.</summary>
    CancelOrder = 32,
}
