using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Testing;

namespace Commerce.Integrations.ConformanceKit;

/// <summary>
/// What the conformance kit needs to know about a storefront vendor to check its connector: the connector, how a store
/// of it points at a local API, how the vendor signs a webhook, a sample order and what it must map to, and how the
/// vendor's order list answers. Subclass <see cref="StorefrontConnectorConformance"/> (an xUnit test class) or pass an
/// instance to <see cref="ConformanceChecks.RunAllAsync"/>.
/// </summary>
public abstract class StorefrontVendor
{
    /// <summary>The connector under test.</summary>
    public abstract IStorefrontConnector Connector { get; }

    /// <summary>
    /// A store of this connector whose API is served by the local server at <paramref name="serverAddress"/> (the server's
    /// root, e.g. <c>http://127.0.0.1:41234/</c>; put the vendor's path prefix in the store's base address) and whose
    /// webhooks are signed with <paramref name="webhookSecret"/>. Fill in every other required setting.
    /// </summary>
    public abstract StoreAccount Store(Uri serverAddress, string webhookSecret);

    /// <summary>
    /// A webhook delivery exactly as the vendor sends it: the headers naming <paramref name="topic"/> and carrying
    /// <paramref name="deliveryId"/> as the vendor's delivery id, and the signature over <paramref name="body"/> computed the
    /// way the vendor computes it with <paramref name="secret"/> — or no signature header at all when it is null. Compute
    /// the signature here, independently of the connector's code. The same arguments must give the same delivery.
    /// </summary>
    public abstract WebhookDelivery Delivery(string topic, string deliveryId, byte[] body, string? secret);

    /// <summary>The topic of a delivery announcing a new or changed order (e.g. <c>orders/updated</c>).</summary>
    public abstract string OrderTopic { get; }

    /// <summary>An order as the vendor delivers it on <see cref="OrderTopic"/>, and the essentials it must map to.</summary>
    public abstract SampleOrder SampleOrder { get; }

    /// <summary>The route of the vendor's "list orders" endpoint on the local server, and a page of orders it answers.</summary>
    public abstract OrderListing OrderListing { get; }

    /// <summary>The cursor the pull checks start from; null (the default) is the connector's own starting point.</summary>
    public virtual string? PullCursor => null;

    /// <summary>How the vendor answers a request it refuses (HTTP 400), in its own error format.</summary>
    public virtual CannedResponse BadRequest => new(400, """{"error":"bad_request","message":"The request is not valid."}""");
}

/// <summary>
/// An order body as the vendor delivers it (a webhook body), and what the connector must read from it: the external id,
/// the currency, and each line's SKU (null when the vendor's line has none) and quantity, in any order.
/// </summary>
public sealed record SampleOrder(string Body, string ExternalId, string Currency, IReadOnlyList<SampleOrderLine> Lines);

public sealed record SampleOrderLine(string? Sku, int Quantity);

/// <summary>
/// The vendor's "list orders" endpoint: <paramref name="Method"/> and <paramref name="Path"/> as the local server
/// routes them (from the server's root, <c>*</c> for one segment, no query), and a successful answer holding at least
/// one order (with the vendor's paging headers, if it uses any).
/// </summary>
public sealed record OrderListing(string Method, string Path, CannedResponse Page);
