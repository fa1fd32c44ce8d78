using Commerce.Integrations.EasyPost.Mapping;

namespace Commerce.Integrations.EasyPost.Tests.Mapping;

public sealed class EasyPostErrorParserTests
{
    [Theory]
    [InlineData("exceptions_bad_parameters")]
    [InlineData("exceptions_error")]
    public void A_field_error_gives_the_code_and_the_message_with_the_field(string cassette)
    {
        var error = EasyPostErrorParser.TryParse(Recorded.ResponseBody(cassette));

        Assert.NotNull(error);
        Assert.Equal("PARAMETER.REQUIRED", error.Code);
        Assert.Equal("Missing required parameter. (shipment: cannot be blank)", error.Message);
    }

    [Fact]
    public void The_alternative_format_with_plain_string_errors_is_read_too()
    {
        var error = EasyPostErrorParser.TryParse(Recorded.ResponseBody("exceptions_error_alternative_format"));

        Assert.NotNull(error);
        Assert.Equal("NOT_FOUND", error.Code);
        Assert.Equal("The requested resource could not be found. (No eligible insurance found with provided tracking code.)", error.Message);
    }

    [Theory]
    [InlineData("<html>bad gateway</html>")]
    [InlineData("""{"message":"no envelope"}""")]
    public void A_body_without_the_error_envelope_gives_nothing(string body) =>
        Assert.Null(EasyPostErrorParser.TryParse(body));
}
