using System.Text.Json;
using System.Text.Json.Nodes;
using Commerce.Integrations.Abstractions.Storefronts;

namespace Commerce.Integrations.Shopify.Mapping;

internal sealed record OpenFulfillmentOrder(long Id, IReadOnlyList<FulfillmentOrderLine> Lines);

/// <summary>A line of a fulfillment order: its own id, the order line it is for, and how many are still to ship.</summary>
internal sealed record FulfillmentOrderLine(long Id, long LineItemId, int Fulfillable);

/// <summary>
/// Shopify's fulfillment-order flow, as pure functions: an order's lines are shipped through its fulfillment orders
/// (one per location that is to ship them), so our shipped lines are matched to the lines of the open fulfillment orders
/// and sent as <c>line_items_by_fulfillment_order</c> with the tracking.
/// </summary>
internal static class FulfillmentRequest
{
    /// <summary>Fulfillment orders that can still be fulfilled (not on hold, scheduled, closed or cancelled).</summary>
    private static readonly HashSet<string> FulfillableStatuses = new(StringComparer.OrdinalIgnoreCase) { "open", "in_progress" };

    /// <summary>Fulfillments that stand; a cancelled or failed one does not count as shipped.</summary>
    private static readonly HashSet<string> VoidStatuses = new(StringComparer.OrdinalIgnoreCase) { "cancelled", "error", "failure" };

    /// <summary>
    /// True when the order already has a standing fulfillment with this tracking number: the push was made before (a
    /// retry after a lost answer), so it is not made twice.
    /// </summary>
    public static bool AlreadyRecorded(JsonElement fulfillmentsAnswer, string trackingNumber) =>
        fulfillmentsAnswer.Items("fulfillments").Any(f =>
            !VoidStatuses.Contains(f.Str("status") ?? "")
            && (string.Equals(f.Str("tracking_number")?.Trim(), trackingNumber.Trim(), StringComparison.OrdinalIgnoreCase)
                || f.Items("tracking_numbers").Any(n => n.ValueKind == JsonValueKind.String
                    && string.Equals(n.GetString()?.Trim(), trackingNumber.Trim(), StringComparison.OrdinalIgnoreCase))));

    public static IReadOnlyList<OpenFulfillmentOrder> OpenOrders(JsonElement fulfillmentOrdersAnswer) =>
        fulfillmentOrdersAnswer.Items("fulfillment_orders")
            .Where(fo => FulfillableStatuses.Contains(fo.Str("status") ?? "") && fo.Id("id") is not null)
            .Select(fo => new OpenFulfillmentOrder(fo.Id("id")!.Value,
                fo.Items("line_items")
                    .Where(line => line.Id("id") is not null && line.Id("line_item_id") is not null)
                    .Select(line => new FulfillmentOrderLine(line.Id("id")!.Value, line.Id("line_item_id")!.Value,
                        line.Int("fulfillable_quantity") ?? 0))
                    .ToList()))
            .ToList();

    /// <summary>The order's line ids per SKU (from <c>orders/{id}.json</c>), for shipped lines that name no line id.</summary>
    public static IReadOnlyDictionary<string, long[]> LineItemsBySku(JsonElement orderAnswer) =>
        (orderAnswer.Prop("order") ?? orderAnswer).Items("line_items")
            .Select(line => (Sku: line.Str("sku")?.Trim(), Id: line.Id("id")))
            .Where(line => line.Sku is not null && line.Id is not null)
            .GroupBy(line => line.Sku!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(line => line.Id!.Value).ToArray(), StringComparer.Ordinal);

    /// <summary>True when some shipped line has to be found by SKU (so the order's lines must be read first).</summary>
    public static bool NeedsSkus(FulfillmentPush push) => push.Lines.Any(l => ShopifyJson.ParseId(l.ExternalLineId) is null);

    /// <summary>
    /// The <c>POST fulfillments.json</c> body. Each shipped line takes its quantity from the open fulfillment-order lines
    /// of its order line, in order; a line Shopify has no (or too little) room for is rejected, naming it. No lines
    /// means the whole remaining order shipped.
    /// </summary>
    public static JsonObject Build(
        FulfillmentPush push, IReadOnlyList<OpenFulfillmentOrder> open, IReadOnlyDictionary<string, long[]>? lineItemsBySku)
    {
        if (open.Count == 0)
            throw Rejected(push, "it has no open fulfillment order: nothing is left to fulfil, or it is on hold");

        var byFulfillmentOrder = new List<(long FulfillmentOrderId, List<(long LineId, int Quantity)> Lines)>();
        if (push.Lines.Count > 0)
        {
            var left = open.SelectMany(fo => fo.Lines).ToDictionary(line => line.Id, line => line.Fulfillable);
            foreach (var line in push.Lines.Where(l => l.Quantity > 0))
            {
                var lineItemIds = ShopifyJson.ParseId(line.ExternalLineId) is { } id
                    ? [id]
                    : lineItemsBySku?.GetValueOrDefault(line.Sku.Trim()) ?? [];
                if (lineItemIds.Length == 0)
                    throw Rejected(push, $"it has no line with SKU '{line.Sku}'");

                var needed = line.Quantity;
                foreach (var fo in open)
                foreach (var foLine in fo.Lines.Where(l => lineItemIds.Contains(l.LineItemId)))
                {
                    var take = Math.Min(needed, left[foLine.Id]);
                    if (take <= 0) continue;
                    left[foLine.Id] -= take;
                    needed -= take;
                    Add(byFulfillmentOrder, fo.Id, foLine.Id, take);
                }

                if (needed > 0)
                    throw Rejected(push, $"only {line.Quantity - needed} of the {line.Quantity} of SKU '{line.Sku}' shipped are left to fulfil");
            }

            if (byFulfillmentOrder.Count == 0)
                throw Rejected(push, "none of its lines has a quantity shipped");
        }

        var groups = push.Lines.Count == 0
            ? open.Select(fo => new JsonObject { ["fulfillment_order_id"] = fo.Id })
            : byFulfillmentOrder.Select(group => new JsonObject
            {
                ["fulfillment_order_id"] = group.FulfillmentOrderId,
                ["fulfillment_order_line_items"] = new JsonArray(group.Lines
                    .Select(l => (JsonNode)new JsonObject { ["id"] = l.LineId, ["quantity"] = l.Quantity }).ToArray()),
            });

        var tracking = new JsonObject { ["company"] = push.Carrier, ["number"] = push.TrackingNumber };
        if (!string.IsNullOrWhiteSpace(push.TrackingUrl)) tracking["url"] = push.TrackingUrl;

        return new JsonObject
        {
            ["fulfillment"] = new JsonObject
            {
                ["line_items_by_fulfillment_order"] = new JsonArray(groups.Select(g => (JsonNode)g).ToArray()),
                ["tracking_info"] = tracking,
                ["notify_customer"] = push.NotifyCustomer,
            },
        };
    }

    private static void Add(List<(long FulfillmentOrderId, List<(long LineId, int Quantity)> Lines)> groups, long foId, long lineId, int quantity)
    {
        var group = groups.FirstOrDefault(g => g.FulfillmentOrderId == foId);
        if (group.Lines is null)
        {
            group = (foId, []);
            groups.Add(group);
        }

        var index = group.Lines.FindIndex(l => l.LineId == lineId);
        if (index >= 0) group.Lines[index] = (lineId, group.Lines[index].Quantity + quantity);
        else group.Lines.Add((lineId, quantity));
    }

    private static StorefrontException Rejected(FulfillmentPush push, string reason) =>
        new(StorefrontErrorKind.Rejected, $"Shipment {push.FulfillmentId} cannot be recorded on Shopify order {push.ExternalOrderId}: {reason}.");
}
