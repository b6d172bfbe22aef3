using DexFlow.Web.Auth;

namespace DexFlow.Web.Tests.Auth;

public sealed class ReturnUrlsTests
{
    [Theory]
    [InlineData("orders/2026-000001", "orders/2026-000001")]
    [InlineData("/planning?day=2026-03-02", "planning?day=2026-03-02")]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("https://evil.test/", "")]
    [InlineData("//evil.test", "")]
    [InlineData("/\\evil.test", "")]
    [InlineData("javascript:alert(1)", "")]
    public void Only_a_path_of_the_app_is_a_place_to_return_to(string? asked, string expected) => Assert.Equal(expected, ReturnUrls.Safe(asked));
}
