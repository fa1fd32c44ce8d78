using System.Globalization;
using System.Text;
using Commerce.Integrations.Abstractions.Carriers;

namespace Commerce.Integrations.TableRate;

/// <summary>A 4×6 in shipping label for the courier, as ZPL for thermal printers or as a one-page PDF.</summary>
internal static class CourierLabel
{
    public static (byte[] Content, string ContentType) Render(
        LabelFormat format, string courier, string service, string trackingNumber, ShipmentDetails shipment)
    {
        var lines = new List<string>
        {
            $"{courier} - {service}",
            $"FROM: {shipment.From.Name}, {shipment.From.Line1}, {shipment.From.PostalCode} {shipment.From.City}",
            "SHIP TO:",
            shipment.To.Name,
            shipment.To.Line1,
        };
        if (!string.IsNullOrWhiteSpace(shipment.To.Line2)) lines.Add(shipment.To.Line2);
        lines.Add($"{shipment.To.PostalCode} {shipment.To.City} {shipment.To.Region} {shipment.To.CountryCode}".Trim());
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"Weight: {shipment.Parcel.WeightLb:0.##} lb   Ref: {shipment.Reference}"));
        lines.Add($"TRACKING: {trackingNumber}");
        return format switch
        {
            LabelFormat.Zpl => (Encoding.ASCII.GetBytes(Zpl(lines, trackingNumber)), "application/zpl"),
            LabelFormat.Pdf => (Pdf(lines), "application/pdf"),
            _ => throw new CarrierException(CarrierErrorKind.Rejected, $"{courier} labels are printed as PDF or ZPL, not {format}."),
        };
    }

    private static string Zpl(IReadOnlyList<string> lines, string trackingNumber)
    {
        var zpl = new StringBuilder("^XA^CI28\n");
        for (var i = 0; i < lines.Count; i++)
            zpl.Append(CultureInfo.InvariantCulture, $"^FO40,{40 + i * 60}^A0N,40,40^FD{Escape(lines[i])}^FS\n");
        zpl.Append(CultureInfo.InvariantCulture, $"^FO40,{60 + lines.Count * 60}^BY3^BCN,150,Y,N,N^FD{trackingNumber}^FS\n^XZ\n");
        return zpl.ToString();
    }

    private static string Escape(string text) => text.Replace("^", " ", StringComparison.Ordinal).Replace("~", " ", StringComparison.Ordinal);

    /// <summary>A minimal PDF 1.4: one 4×6 in page, Helvetica text. Offsets in the cross-reference table are byte exact.</summary>
    private static byte[] Pdf(IReadOnlyList<string> lines)
    {
        var text = new StringBuilder("BT /F1 12 Tf 20 400 Td 16 TL\n");
        foreach (var line in lines) text.Append('(').Append(PdfString(line)).Append(") Tj T*\n");
        text.Append("ET");
        var stream = Encoding.Latin1.GetBytes(text.ToString());
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 288 432] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {stream.Length} >>\nstream\n{Encoding.Latin1.GetString(stream)}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ];
        using var pdf = new MemoryStream();
        void Write(string s) => pdf.Write(Encoding.Latin1.GetBytes(s));
        Write("%PDF-1.4\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Position);
            Write($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Position;
        Write($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Write(offset.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n");
        Write($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    private static string PdfString(string text)
    {
        var latin = new string(text.Select(c => c <= 0xFF ? c : '?').ToArray());
        return latin.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal)
            .Replace(")", "\\)", StringComparison.Ordinal);
    }
}
