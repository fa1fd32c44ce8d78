using Commerce.Integrations.FulfillmentHttp.Mapping;

namespace Commerce.Integrations.FulfillmentHttp.Tests.Mapping;

public sealed class PartnerAnswerParserTests
{
    [Theory]
    [InlineData("""{"reference":"3PL-778812"}""", "3PL-778812")]
    [InlineData("""{"reference":"  3PL-1  ","status":"queued"}""", "3PL-1")]
    [InlineData("""{"reference":42}""", null)]
    [InlineData("""{"status":"queued"}""", null)]
    [InlineData("", null)]
    [InlineData("accepted", null)]
    public void The_reference_is_read_when_the_partner_gives_one(string body, string? reference)
    {
        Assert.Equal(reference, PartnerAnswerParser.Reference(body));
    }

    [Theory]
    [InlineData("""{"type":"about:blank","title":"Unprocessable","status":422,"detail":"SKU MUG-RED is not stocked here"}""",
        "Unprocessable: SKU MUG-RED is not stocked here")]
    [InlineData("""{"detail":"SKU MUG-RED is not stocked here"}""", "SKU MUG-RED is not stocked here")]
    [InlineData("""{"title":"Bad Request"}""", "Bad Request")]
    [InlineData("""{"message":"postal code is invalid"}""", "postal code is invalid")]
    [InlineData("""{"error":"invalid_request"}""", "invalid_request")]
    [InlineData("""{"error":{"message":"no such sku"}}""", "no such sku")]
    [InlineData("""{"errors":[]}""", null)]
    [InlineData("<html>Bad Request</html>", null)]
    public void A_refusal_message_is_read_from_problem_details_or_a_plain_message(string body, string? message)
    {
        Assert.Equal(message, PartnerAnswerParser.Message(body));
    }

    [Fact]
    public void A_long_message_is_shortened()
    {
        var message = PartnerAnswerParser.Message($$"""{"detail":"{{new string('x', 2000)}}"}""");

        Assert.Equal(501, message!.Length);
    }
}
