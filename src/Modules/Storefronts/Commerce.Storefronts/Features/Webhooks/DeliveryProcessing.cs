using System.Text.Json;
using Commerce.Integrations.Abstractions;
using Commerce.Integrations.Abstractions.Storefronts;
using Commerce.Storefronts.Data;
using Commerce.Storefronts.Domain;
using Commerce.Storefronts.Features.StoreOrders;
using Commerce.Storefronts.Stores;
using Wolverine;

namespace Commerce.Storefronts.Features.Webhooks;

/// <summary>What processing one stored delivery means, whoever drives it (<see cref="DrainInboxHandler"/>).</summary>
public static class DeliveryProcessing
{
    /// <summary>
    /// Parses the delivery and applies it through <see cref="StoreOrderSync"/>. Whatever happens the delivery ends
    /// Processed, Ignored or Failed with its outcome: a body the connector cannot read fails it, visibly. Returns the
    /// messages to send when the changes commit.
    /// </summary>
    public static async Task<OutgoingMessages> ApplyAsync(
        InboxDelivery delivery, StorefrontsDbContext db, StoreRegistry stores, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var store = stores.Find(delivery.StoreId);
        if (store is null)
        {
            delivery.Fail($"Store '{delivery.StoreId}' is no longer configured.", now);
            return [];
        }

        StorefrontEvent parsed;
        try
        {
            var headers = JsonSerializer.Deserialize<Dictionary<string, string>>(delivery.Headers) ?? [];
            parsed = store.Connector.ParseWebhook(store.Account,
                new WebhookDelivery(new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase), delivery.Body));
        }
        catch (StorefrontException e)
        {
            delivery.Fail($"{e.Kind}: {e.Message}", now);
            return [];
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            delivery.Fail($"The {store.Connector.Metadata.Key} connector could not read the delivery: {e.GetType().Name}: {e.Message}", now);
            return [];
        }

        var source = $"webhook {delivery.Id}";
        var result = parsed switch
        {
            StoreOrderChanged changed => await StoreOrderSync.ApplyAsync(db, store, changed.Order, source, now, cancellationToken),
            StoreOrderDeleted deleted => await StoreOrderSync.DeleteAsync(db, store, deleted, source, now, cancellationToken),
            StoreRefundCreated refund => await StoreOrderSync.RecordRefundAsync(db, store, refund, delivery.Id, now, cancellationToken),
            StoreEventIgnored ignored => SyncResult.Ignored($"Topic '{ignored.Topic}' is not used."),
            _ => SyncResult.Ignored($"The connector reported a {parsed.GetType().Name}, which is not used."),
        };
        delivery.Complete(result.Status, result.Outcome, result.ExternalOrderId, now);
        return result.Messages;
    }
}
