using System.Text;
using Commerce.Integrations.Abstractions.Fulfillment;
using Commerce.Integrations.SupplierEmail.Mapping;
using CsCheck;

namespace Commerce.Integrations.SupplierEmail.Tests.Mapping;

public sealed class PurchaseOrderCsvTests
{
    [Fact]
    public void The_csv_has_a_header_and_a_row_per_line_with_totals_and_crlf_line_ends()
    {
        var csv = PurchaseOrderCsv.Write(Orders.PurchaseOrder());

        Assert.Equal(
            "RequestId,OrderReference,LineNumber,Sku,Description,Quantity,UnitCost,LineTotal,Currency\r\n"
            + "ffr-2026-000123,#1001,1,MUG-BLUE,\"Mug, blue \"\"classic\"\", 350ml\",2,3.25,6.50,GBP\r\n"
            + "ffr-2026-000123,#1001,2,TEA-EARL-250,Earl Grey <loose leaf>,3,4.125,12.375,GBP\r\n",
            csv);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData("", "")]
    [InlineData(" spaced ", " spaced ")]
    public void A_field_is_quoted_only_when_it_must_be(string value, string written)
    {
        Assert.Equal(written, PurchaseOrderCsv.Field(value));
    }

    [Fact]
    public void A_line_without_a_cost_or_description_leaves_those_cells_empty()
    {
        var order = Orders.PurchaseOrder() with { Lines = [new FulfillmentRequestLine(1, "MUG-BLUE", null, 2, null)] };

        Assert.EndsWith("\r\nffr-2026-000123,#1001,1,MUG-BLUE,,2,,,GBP\r\n", PurchaseOrderCsv.Write(order));
    }

    [Fact]
    public void Any_line_text_reads_back_unchanged_with_an_rfc_4180_reader()
    {
        var text = Gen.Char["ab,\"\r\n x€"].Array[0, 12].Select(c => new string(c));
        Gen.Select(text, text, text).Sample((sku, description, reference) =>
        {
            var order = Orders.PurchaseOrder() with
            {
                OrderReference = reference,
                Lines = [new FulfillmentRequestLine(7, sku, description, 1, 2.5m)],
            };

            var rows = Read(PurchaseOrderCsv.Write(order));

            Assert.Equal(2, rows.Count);
            Assert.Equal(PurchaseOrderCsv.Header, rows[0]);
            Assert.Equal(["ffr-2026-000123", reference, "7", sku, description, "1", "2.50", "2.50", "GBP"], rows[1]);
        });
    }

    /// <summary>A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF record ends.</summary>
    private static List<string[]> Read(string csv)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < csv.Length)
        {
            if (csv[i] == '"')
            {
                i++;
                while (true)
                {
                    if (csv[i] == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i += 2; }
                    else if (csv[i] == '"') { i++; break; }
                    else field.Append(csv[i++]);
                }
            }
            else if (csv[i] == ',') { row.Add(field.ToString()); field.Clear(); i++; }
            else if (csv[i] == '\r' && csv[i + 1] == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add([.. row]); row.Clear(); i += 2; }
            else field.Append(csv[i++]);
        }

        Assert.Empty(row);
        return rows;
    }
}
