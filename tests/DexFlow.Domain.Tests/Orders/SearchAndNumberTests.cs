using DexFlow.Contracts.Orders;
using DexFlow.Grains.Orders.ReadModel;

namespace DexFlow.Domain.Tests.Orders;

public sealed class SearchAndNumberTests
{
    [Theory]
    [InlineData("acme  flyer", "acme:* & flyer:*")]
    [InlineData("2026-000123", "2026000123:*")]
    [InlineData("O'Brien & Co | !", "obrien:* & co:*")]
    [InlineData("  ", null)]
    [InlineData("&|!", null)]
    public void Typed_text_becomes_a_safe_prefix_query(string text, string? expected)
    {
        Assert.Equal(expected, SearchTerms.ToPrefixQuery(text));
    }

    [Theory]
    [InlineData(2026, 123, "2026-000123")]
    [InlineData(2026, 1_234_567, "2026-1234567")]
    public void Order_numbers_are_year_and_sequence(int year, long sequence, string expected)
    {
        Assert.Equal(expected, OrderNumbers.Format(year, sequence));
        Assert.True(OrderNumbers.IsWellFormed(expected));
    }

    [Theory]
    [InlineData("2026-12")]
    [InlineData("../etc/passwd")]
    [InlineData("2026-000123 ")]
    [InlineData("")]
    public void Anything_else_is_no_order_number(string text)
    {
        Assert.False(OrderNumbers.IsWellFormed(text));
    }
}
