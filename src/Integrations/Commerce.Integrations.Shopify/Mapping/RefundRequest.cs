using System.Text.Json;
using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions.Storefronts;

namespace Commerce.Integrations.Shopify.Mapping;

/// <summary>An order line as a refund needs it: which SKU it is, how many were bought and how many are still unshipped.</summary>
internal sealed record RefundableLine(long Id, string? Sku, int Quantity, int Fulfillable);

/// <summary>
/// A refund decided here, in Shopify's REST terms. The REST API has no idempotency key for refunds, so our refund id is
/// written into the refund's note (<see cref="RefundMarker"/>) and looked for before a refund is created: a retry
/// after a lost answer finds it and stops. The money goes back through the payments Shopify's <c>refunds/calculate</c>
/// names (parent transaction and gateway), for the amount decided here.
/// </summary>
internal static class RefundRequest
{
    public static bool AlreadyRecorded(JsonElement refundsAnswer, string refundId) =>
        refundsAnswer.Items("refunds").Any(r => RefundMarker.Carries(r.Str("note"), refundId));

    public static string Note(RefundPush refund) =>
        RefundMarker.Append(refund.Reason, refund.RefundId);

    public static IReadOnlyList<RefundableLine> Lines(JsonElement orderAnswer) =>
        (orderAnswer.Prop("order") ?? orderAnswer).Items("line_items")
            .Where(line => line.Id("id") is not null)
            .Select(line => new RefundableLine(line.Id("id")!.Value, line.Str("sku")?.Trim(), line.Int("quantity") ?? 0,
                line.Int("fulfillable_quantity") ?? 0))
            .ToList();

    /// <summary>
    /// <c>refund_line_items</c>: a line that goes back into stock is restocked at <paramref name="locationId"/>, as
    /// <c>cancel</c> for units never shipped and <c>return</c> for units shipped (one order line may be listed twice for
    /// both); a line that does not is <c>no_restock</c>. Lines are found by their id, else by SKU.
    /// </summary>
    public static JsonArray RefundLineItems(RefundPush refund, IReadOnlyList<RefundableLine> orderLines, long? locationId)
    {
        var items = new JsonArray();
        foreach (var line in refund.Lines.Where(l => l.Quantity > 0))
        {
            var candidates = ShopifyJson.ParseId(line.ExternalLineId) is { } id
                ? orderLines.Where(l => l.Id == id).DefaultIfEmpty(new RefundableLine(id, line.Sku, line.Quantity, 0)).ToList()
                : orderLines.Where(l => string.Equals(l.Sku, line.Sku.Trim(), StringComparison.Ordinal)).ToList();
            if (candidates.Count == 0)
                throw Rejected(refund, $"it has no line with SKU '{line.Sku}'");

            var needed = line.Quantity;
            for (var i = 0; i < candidates.Count; i++)
            {
                var candidate = candidates[i];
                // The last candidate takes what is left, so Shopify (not a guess here) judges an over-refund.
                var take = i == candidates.Count - 1 ? needed : Math.Min(needed, candidate.Quantity);
                if (take <= 0) continue;
                needed -= take;
                if (!line.Restock)
                {
                    items.Add(Item(candidate.Id, take, "no_restock", null));
                    continue;
                }

                var location = locationId ?? throw new StorefrontException(StorefrontErrorKind.Configuration,
                    $"Refund {refund.RefundId} restocks items, but the Shopify store has no {ShopifySettings.LocationId} to restock them at.");
                var unshipped = Math.Min(take, Math.Max(0, candidate.Fulfillable));
                if (unshipped > 0) items.Add(Item(candidate.Id, unshipped, "cancel", location));
                if (take - unshipped > 0) items.Add(Item(candidate.Id, take - unshipped, "return", location));
            }
        }

        return items;
    }

    public static JsonObject Calculate(RefundPush refund, JsonArray refundLineItems) => new()
    {
        ["refund"] = new JsonObject
        {
            ["currency"] = refund.Currency,
            ["refund_line_items"] = refundLineItems.DeepClone(),
        },
    };

    /// <summary>
    /// The <c>POST refunds.json</c> body. Shopify's calculation suggests refund transactions (<c>suggested_refund</c>)
    /// against the order's payments; our amount is spread over them in order, each up to what it can still refund
    /// (<c>maximum_refundable</c>), and sent as <c>kind: refund</c>. An amount Shopify cannot refund is rejected here.
    /// </summary>
    public static JsonObject Create(RefundPush refund, JsonArray refundLineItems, JsonElement calculateAnswer)
    {
        var transactions = new JsonArray();
        var left = refund.Amount;
        foreach (var suggested in (calculateAnswer.Prop("refund") ?? calculateAnswer).Items("transactions"))
        {
            if (left <= 0) break;
            var capacity = suggested.Money("maximum_refundable") ?? suggested.Money("amount") ?? 0m;
            var amount = Math.Min(left, capacity);
            if (amount <= 0) continue;
            var transaction = new JsonObject { ["kind"] = "refund", ["amount"] = amount };
            if (suggested.Id("parent_id") is { } parentId) transaction["parent_id"] = parentId;
            if (suggested.Str("gateway") is { } gateway) transaction["gateway"] = gateway;
            transactions.Add(transaction);
            left -= amount;
        }

        if (left > 0)
            throw Rejected(refund, $"Shopify can refund only {refund.Amount - left} {refund.Currency} of the {refund.Amount} decided");

        var body = new JsonObject
        {
            ["currency"] = refund.Currency,
            ["note"] = Note(refund),
            ["refund_line_items"] = refundLineItems.DeepClone(),
        };
        if (transactions.Count > 0) body["transactions"] = transactions;
        return new JsonObject { ["refund"] = body };
    }

    private static JsonObject Item(long lineItemId, int quantity, string restockType, long? locationId)
    {
        var item = new JsonObject { ["line_item_id"] = lineItemId, ["quantity"] = quantity, ["restock_type"] = restockType };
        if (locationId is { } location) item["location_id"] = location;
        return item;
    }

    private static StorefrontException Rejected(RefundPush refund, string reason) =>
        new(StorefrontErrorKind.Rejected, $"Refund {refund.RefundId} cannot be recorded on Shopify order {refund.ExternalOrderId}: {reason}.");
}
