using Commerce.Shipping.Features.Tracking;

namespace Commerce.Shipping.Tests;

public sealed class CsvTests
{
    [Fact]
    public void Quoted_fields_keep_their_commas_quotes_and_line_breaks()
    {
        var rows = Csv.Parse("a,b,c\r\n1,\"Reno, NV\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",\n\n");
        Assert.Equal(3, rows.Count);
        Assert.Equal(["1", "Reno, NV", "say \"hi\""], rows[1]);
        Assert.Equal(["2", "two\nlines", ""], rows[2]);
    }
}
