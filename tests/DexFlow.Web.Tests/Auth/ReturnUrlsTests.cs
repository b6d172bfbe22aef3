using DexFlow.Web.Auth;
using Microsoft.AspNetCore.Components;

namespace DexFlow.Web.Tests.Auth;

public sealed class ReturnUrlsTests
{
    // An app served under a path, so that "under the app's address" is more than "on this host".
    private static readonly NavigationManager App = new AppAt("https://dexflow.test/shop/");

    [Theory]
    [InlineData("/shop/orders/2026-000042", "https://dexflow.test/shop/orders/2026-000042")]
    [InlineData("/shop/planning?order=2026-000042", "https://dexflow.test/shop/planning?order=2026-000042")]
    [InlineData("/shop/", "https://dexflow.test/shop/")]
    public void A_path_of_this_app_is_where_the_sign_in_goes_on_to(string returnUrl, string expected) =>
        Assert.Equal(expected, ReturnUrls.Safe(returnUrl, App));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("//evil.example")]
    [InlineData("//evil.example/shop/")]
    [InlineData("/\\evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("/shop/\\..\\..\\evil")]
    [InlineData("https:evil.example")]
    [InlineData("https://evil.example/shop/")]
    [InlineData("%2F%2Fevil.example")]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("/\t/evil.example")]
    [InlineData("/\n/evil.example")]
    [InlineData(" //evil.example")]
    [InlineData("orders/2026-000042")]
    [InlineData("/other-app/")]
    [InlineData("/shop/../other-app/")]
    [InlineData("/shopping/")]
    public void Anything_else_goes_to_the_home_page(string? returnUrl) =>
        Assert.Equal("https://dexflow.test/shop/", ReturnUrls.Safe(returnUrl, App));

    private sealed class AppAt : NavigationManager
    {
        public AppAt(string baseUri) => Initialize(baseUri, baseUri + "sign-in");
    }
}
