using Commerce.Orders.Contracts;
using Commerce.Orders.Features.PlaceOrder;

namespace Commerce.Orders.Tests;

public sealed class PlaceOrderValidatorTests
{
    private static PlaceOrder Valid(params OrderLineRequest[] lines) => new("api", "X-1",
        new OrderCustomer("Ada", "ada@example.com", null),
        new OrderAddress("Ada", "1 St", null, "Austin", "TX", "78701", "US"), "standard",
        lines.Length > 0 ? lines : [new OrderLineRequest("SKU-1", 1, 10m, "USD")]);

    [Fact]
    public void A_complete_order_is_valid() => Assert.False(PlaceOrderValidator.Validate(Valid()).Any);

    [Fact]
    public void Lines_in_different_currencies_are_refused_on_the_line_that_differs()
    {
        var errors = PlaceOrderValidator.Validate(Valid(new("A", 1, 1m, "USD"), new("B", 1, 1m, "EUR")));
        Assert.Equal(["lines[1].currency must be USD like the first line."], errors.Describe());
    }

    [Fact]
    public void Too_many_lines_are_refused_before_each_is_checked()
    {
        var lines = Enumerable.Range(0, PlaceOrderValidator.MaxLines + 1).Select(_ => new OrderLineRequest("A", 0, -1m, "x")).ToArray();
        Assert.Equal([$"lines must have at most {PlaceOrderValidator.MaxLines} lines."], PlaceOrderValidator.Validate(Valid(lines)).Describe());
    }

    [Theory]
    [InlineData("")]
    [InlineData("ada")]
    [InlineData("ada@")]
    [InlineData("Ada <ada@example.com>")]
    public void A_bad_email_is_refused(string email)
    {
        var order = Valid() with { Customer = new OrderCustomer("Ada", email, null) };
        Assert.Contains(PlaceOrderValidator.Validate(order).Describe(), e => e.StartsWith("customer.email"));
    }
}
