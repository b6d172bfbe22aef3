using System.Net;
using DexFlow.Api.Browsers;

namespace DexFlow.Web.Tests.Browser;

/// <summary>How the API process serves the app: at /, pre-compressed, every page path answered by the document the app starts from, and never in place of the API.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ServingTests(BrowserFixture fixture)
{
    private readonly HttpClient http = new(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = fixture.Api.Address };

    [Theory]
    [InlineData("/")]
    [InlineData("/orders/2026-000001")]
    [InlineData("/sign-in")]
    [InlineData("/sign-in/callback")]
    public async Task Page_paths_are_answered_with_the_app_under_the_strict_page_policy_that_lets_them_call_the_sign_in_provider(string path)
    {
        var response = await http.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("_framework/blazor.web.js", html);
        Assert.Equal(SecurityHeaders.PagePolicyFor(fixture.Provider.Issuer), response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains($"connect-src 'self' {fixture.Provider.Issuer};", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task The_runtime_is_sent_compressed_to_browsers_that_accept_it()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/_framework/dotnet.native.wasm") { Headers = { { "Accept-Encoding", "gzip, deflate, br, zstd" } } };

        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(response.Content.Headers.ContentEncoding.Single(), new[] { "gzip", "br" });
    }

    [Theory]
    [InlineData("/api/orders/does-not-exist", HttpStatusCode.Unauthorized)]
    [InlineData("/health/nothing-here", HttpStatusCode.NotFound)]
    [InlineData("/favicon.ico", HttpStatusCode.NotFound)]
    [InlineData("/_framework/missing.wasm", HttpStatusCode.NotFound)]
    public async Task Api_paths_and_missing_files_are_never_answered_with_the_app(string path, HttpStatusCode expected)
    {
        var response = await http.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
