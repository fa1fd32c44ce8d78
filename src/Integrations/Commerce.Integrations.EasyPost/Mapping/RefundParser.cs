using System.Text.Json;
using Commerce.Integrations.Abstractions.Carriers;

namespace Commerce.Integrations.EasyPost.Mapping;

/// <summary>
/// Reads the answer to a refund request. <c>submitted</c> and <c>refunded</c> mean the label is void (EasyPost
/// settles the money later); <c>rejected</c> and <c>not_applicable</c> mean it stays valid and billed.
/// </summary>
internal static class RefundParser
{
    public static void EnsureAccepted(JsonElement shipment)
    {
        var status = shipment.Str("refund_status");
        switch (status)
        {
            case "submitted" or "refunded":
                return;
            case "rejected" or "not_applicable":
                throw new CarrierException(CarrierErrorKind.Rejected,
                    $"EasyPost refused to refund shipment {shipment.Str("id")}: refund status '{status}'.", status);
            default:
                throw new CarrierException(CarrierErrorKind.Malformed,
                    $"EasyPost answered the refund of shipment {shipment.Str("id")} with refund status '{status ?? "none"}'.");
        }
    }
}
