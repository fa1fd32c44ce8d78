namespace Commerce.Storefronts.Features.Queries;

/// <summary>A configured store, never its settings (they hold secrets).</summary>
public sealed record StoreView(
    string Id, string Connector, string ConnectorName, string Channel, IReadOnlyList<string> Capabilities, bool PushStock,
    int PullIntervalMinutes, ReconciliationView? LastReconciliation);

public sealed record ReconciliationView(
    Guid? RunId, string? Trigger, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, string? Outcome, int Pages, int Orders,
    string? Summary, string? Error, string? Cursor);

public sealed record DeliverySummary(
    Guid Id, string Store, string Connector, string Topic, string? DeliveryId, string? EventId, DateTimeOffset? TriggeredAt,
    DateTimeOffset ReceivedAt, string Status, int Attempts, DateTimeOffset? ProcessedAt, string? ExternalOrderId, string? Outcome,
    string? FailureReason, int BodyBytes);

/// <summary>A delivery with what was received: headers and the body as text (base64 when it is not UTF-8).</summary>
public sealed record DeliveryView(
    DeliverySummary Delivery, IReadOnlyDictionary<string, string> Headers, string Body, string BodyEncoding);

/// <summary><see cref="LineChanges"/>: how the store's lines differ from those placed here, when they do.</summary>
public sealed record StoreOrderView(
    string Store, string ExternalId, string? Number, string StoreStatus, DateTimeOffset StoreUpdatedAt, bool Placed, bool Cancelled,
    DateTimeOffset FirstSeenAt, DateTimeOffset LastAppliedAt, string LastSource, IReadOnlyList<StoreOrderLineView> Lines, string? LineChanges);

public sealed record StoreOrderLineView(int LineNumber, string ExternalLineId, string Sku, string Title, int Quantity);

public sealed record RefundView(
    Guid Id, string Store, string ExternalOrderId, string RefundId, decimal Amount, string Currency, string? Reason, DateTimeOffset At,
    DateTimeOffset ReceivedAt, Guid? DeliveryId, System.Text.Json.JsonElement Lines);

public sealed record PushAttemptView(
    Guid Id, string Store, string Operation, string Key, int Attempt, DateTimeOffset At, string Outcome, int? StatusCode, string? Error,
    string? Detail);

public sealed record FulfillmentPushView(
    Guid ShipmentId, string Store, string ExternalOrderId, string TrackingNumbers, string Status, int Attempts, string? LastError,
    DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt);

/// <summary>An order cancelled here, and how telling its store went.</summary>
public sealed record CancellationPushView(
    Guid OrderId, string Store, string ExternalOrderId, string? Reason, string Status, int Attempts, string? LastError, DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt);

/// <summary>A refund decided here on a store order, and how telling its store went.</summary>
public sealed record RefundPushView(
    Guid RefundId, Guid OrderId, string Store, string ExternalOrderId, decimal Amount, string Currency, string? Reason, string Status,
    int Attempts, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt);

public sealed record ReconciliationRequested(string Store, Guid RunId);
