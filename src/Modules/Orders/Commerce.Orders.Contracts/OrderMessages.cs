namespace Commerce.Orders.Contracts;

/// <summary>An order was accepted from a channel and recorded, with what fulfilment needs to know about it.</summary>
public sealed record OrderPlaced(
    Guid OrderId, string Channel, string ExternalId, string CustomerName, string CustomerEmail, DateTimeOffset PlacedAt,
    string ServiceLevel, OrderAddress ShipTo, IReadOnlyList<OrderPlacedLine> Lines);

public sealed record OrderPlacedLine(int LineNumber, string Sku, int Quantity, decimal UnitPrice, string Currency);

/// <summary>The order's fulfilment status changed (allocated, partly allocated, backordered, cancelled).</summary>
public sealed record OrderStatusChanged(Guid OrderId, string From, string To, DateTimeOffset At, string Actor);

/// <summary>
/// Where the order's units are reserved now, line by line, with who the order goes to and how fast; sent whenever the
/// reservation changes. It carries all a fulfilling module needs, so that module keeps its own view of the order from
/// this one message. <see cref="Version"/> grows with every change, so a consumer keeps the newest and ignores repeats
/// and stragglers.
/// </summary>
public sealed record OrderAllocationUpdated(
    Guid OrderId, int Version, string Status, FulfilmentOrder Order, IReadOnlyList<FulfilmentLine> Lines);

/// <summary>The order as fulfilment sees it: where it came from, whom it goes to, how fast.</summary>
public sealed record FulfilmentOrder(
    string Channel, string ExternalId, string CustomerName, string ServiceLevel, DateTimeOffset PlacedAt, OrderAddress ShipTo);

/// <summary>An order line: <see cref="Locations"/> say where its <see cref="Allocated"/> units are held.</summary>
public sealed record FulfilmentLine(int LineNumber, string Sku, int Quantity, int Allocated, IReadOnlyList<UnitsAt> Locations);

public sealed record UnitsAt(string Location, int Quantity);

/// <summary>The order was cancelled; its reservations are being released.</summary>
public sealed record OrderCancelled(Guid OrderId, string? Reason, DateTimeOffset At);

/// <summary>
/// Place an order from a channel. Idempotent on (<see cref="Channel"/>, <see cref="ExternalId"/>): placing the same
/// order again returns the one already placed. Answered with <see cref="OrderAccepted"/>.
/// </summary>
public sealed record PlaceOrder(
    string Channel, string ExternalId, OrderCustomer Customer, OrderAddress ShippingAddress, string ServiceLevel,
    IReadOnlyList<OrderLineRequest> Lines);

public sealed record OrderCustomer(string Name, string Email, string? Phone);

public sealed record OrderAddress(
    string Name, string Line1, string? Line2, string City, string? Region, string PostalCode, string CountryCode);

public sealed record OrderLineRequest(string Sku, int Quantity, decimal UnitPrice, string Currency);

/// <summary>
/// <see cref="Created"/> is false when the order had been placed before. Not sealed: the Orders module answers its own
/// endpoint with a derived record that also carries the order as placed, so the endpoint need not read it back.
/// </summary>
public record OrderAccepted(Guid OrderId, bool Created);

/// <summary>Cancel an order and release its stock. Answered with <see cref="CancelOrderOutcome"/>.</summary>
public sealed record CancelOrder(Guid OrderId, string? Reason);

public enum CancelOrderOutcome
{
    Cancelled,
    AlreadyCancelled,
    NotFound,
    /// <summary>A carrier has it: too late to cancel; a return is the way back.</summary>
    AlreadyShipped,
    /// <summary>A 3PL or supplier has been asked to ship part of it: they must cancel their part first.</summary>
    WithPartner,
}

/// <summary>
/// Cancel the order a channel knows as <see cref="ExternalId"/> (a storefront cancelled or deleted it). Answered with
/// <see cref="CancelOrderOutcome"/>: NotFound when no such order was placed.
/// </summary>
public sealed record CancelChannelOrder(string Channel, string ExternalId, string? Reason);

/// <summary>
/// An order from a channel was cancelled here (by our API, not by the channel), so the channel should be told.
/// Never published for <see cref="CancelChannelOrder"/>: a store's own cancellation is not echoed back to it.
/// </summary>
public sealed record ChannelOrderCancelled(string Channel, string ExternalId, Guid OrderId, string? Reason, DateTimeOffset At);

/// <summary>
/// Hold the order a channel knows as <see cref="ExternalId"/> for a person to review before any more of it is fulfilled
/// (a storefront changed its lines after it was placed). An order is held once for one reason: a repeat, or the same
/// reason after the hold was released, changes nothing. A cancelled order, or one that has begun to ship, is not held.
/// </summary>
public sealed record HoldChannelOrder(string Channel, string ExternalId, string Reason);

/// <summary>The order was put on hold for review: nothing more of it is to be released to picking or packed.</summary>
public sealed record OrderHeld(Guid OrderId, string Reason, DateTimeOffset At);

/// <summary>A person released the order's review hold: it may be picked and packed again.</summary>
public sealed record OrderHoldReleased(Guid OrderId, DateTimeOffset At);

/// <summary>
/// A part of the order left with a carrier — from our warehouse, a 3PL or a dropship supplier — with the units it
/// carries and its tracking, for the channel the order came from to be told. <see cref="ShipmentId"/> identifies the
/// part: a repeat names the same one.
/// </summary>
public sealed record OrderPartShipped(
    Guid ShipmentId, Guid OrderId, string Channel, string ExternalId, string Source, string Carrier, DateTimeOffset ShippedAt,
    IReadOnlyList<ShippedPackage> Packages, IReadOnlyList<ShippedLine> Lines);

public sealed record ShippedPackage(string TrackingNumber, string? TrackingUrl);

public sealed record ShippedLine(int LineNumber, string Sku, int Quantity);

/// <summary>
/// Give money back on an order (a person deciding, or the returns side after inspecting what came back). At most what
/// the order came to, less what was refunded already, here or by the channel. <see cref="RequestKey"/>, when given, makes
/// the request idempotent: the same key yields the same refund. <see cref="Lines"/> say which units the money is for (none
/// for a goodwill refund); refunding does not move stock. Answered with <see cref="RefundOrderAnswer"/>.
/// </summary>
public sealed record RefundOrder(Guid OrderId, decimal Amount, string? Reason, IReadOnlyList<RefundLineRequest> Lines, string? RequestKey);

public sealed record RefundLineRequest(int LineNumber, int Quantity);

public enum RefundOrderOutcome
{
    Refunded,
    /// <summary>A refund with this request key was made before: it is the answer, and nothing changed.</summary>
    AlreadyRefunded,
    NotFound,
    /// <summary>The refund breaks a rule (see <see cref="RefundOrderAnswer.Problems"/>): nothing changed.</summary>
    Rejected,
    /// <summary>The request key was used before for a different refund: nothing changed.</summary>
    KeyReused,
}

/// <summary><see cref="Problems"/> name the field (<c>amount</c>, <c>lines[0].quantity</c>) and what is wrong with it.</summary>
public sealed record RefundOrderAnswer(RefundOrderOutcome Outcome, Guid? RefundId, IReadOnlyList<RefundProblem> Problems);

public sealed record RefundProblem(string Field, string Message);

/// <summary>
/// A refund decided here on an order from a channel, for the channel to be told (it holds the customer's payment).
/// Never published for <see cref="RecordChannelRefund"/>: a channel's own refund is not echoed back to it.
/// </summary>
public sealed record ChannelOrderRefunded(
    string Channel, string ExternalId, Guid OrderId, Guid RefundId, decimal Amount, string Currency, string? Reason,
    DateTimeOffset At, IReadOnlyList<RefundedLine> Lines);

public sealed record RefundedLine(int LineNumber, string Sku, int Quantity);

/// <summary>
/// The channel refunded (part of) the order a channel knows as <see cref="ExternalId"/> itself: recorded once per
/// <see cref="ChannelRefundId"/>, so that what is left to refund here is known. Lines name our line numbers.
/// </summary>
public sealed record RecordChannelRefund(
    string Channel, string ExternalId, string ChannelRefundId, decimal Amount, string Currency, string? Reason, DateTimeOffset At,
    IReadOnlyList<RefundLineRequest> Lines);
