using System.Text.Json;
using Commerce.Integrations.Abstractions.Carriers;

namespace Commerce.Integrations.EasyPost.Mapping;

/// <summary>What a bought EasyPost shipment tells us: its tracking code, what the label cost, and where each label format lives.</summary>
internal sealed record BoughtShipment(
    string ShipmentId, string TrackingCode, string? PublicUrl, decimal Cost, string Currency, PostageLabelUrls Label);

internal sealed record PostageLabelUrls(string? FileType, string? LabelUrl, string? PdfUrl, string? ZplUrl)
{
    /// <summary>
    /// The URL of the label in <paramref name="format"/>, if EasyPost has made it: <c>label_url</c> is the format the
    /// shipment was created with (its <c>label_file_type</c> says which); the others fill in after a conversion.
    /// </summary>
    public string? For(LabelFormat format) => format switch
    {
        LabelFormat.Png => FileTypeIs("png") ? LabelUrl : null,
        LabelFormat.Pdf => PdfUrl ?? (FileTypeIs("pdf") ? LabelUrl : null),
        LabelFormat.Zpl => ZplUrl ?? (FileTypeIs("zpl") ? LabelUrl : null),
        _ => null,
    };

    private bool FileTypeIs(string kind) => FileType?.Contains(kind, StringComparison.OrdinalIgnoreCase) == true;
}

internal static class BoughtShipmentParser
{
    public static BoughtShipment Parse(JsonElement shipment)
    {
        var id = shipment.Str("id") ?? throw Malformed("has no id");
        var trackingCode = shipment.Str("tracking_code") ?? throw Malformed("has no tracking code: it was not bought");
        var rate = shipment.Prop("selected_rate") ?? throw Malformed("has no selected rate");
        var cost = rate.Decimal("rate") ?? throw Malformed("has a selected rate without a readable price");
        var currency = rate.Str("currency") ?? throw Malformed("has a selected rate without a currency");
        var label = shipment.Prop("postage_label") ?? throw Malformed("has no postage label");

        return new BoughtShipment(
            id, trackingCode, shipment.Prop("tracker")?.Str("public_url"), cost, currency.ToUpperInvariant(),
            new PostageLabelUrls(label.Str("label_file_type"), label.Str("label_url"), label.Str("label_pdf_url"), label.Str("label_zpl_url")));
    }

    public static string ContentType(LabelFormat format) => format switch
    {
        LabelFormat.Pdf => "application/pdf",
        LabelFormat.Png => "image/png",
        LabelFormat.Zpl => "application/zpl",
        _ => "application/octet-stream",
    };

    private static CarrierException Malformed(string what) =>
        new(CarrierErrorKind.Malformed, $"EasyPost's shipment {what}.");
}
