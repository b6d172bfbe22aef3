using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using DexFlow.Api.Browsers;
using DexFlow.Testing;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>What browsers are told: API responses are data that is neither cached nor sniffed; pages keep to a strict policy; CORS only by configuration.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class BrowserHeadersTests(ApiFixture fixture)
{
    private HttpClient Anonymous => new() { BaseAddress = fixture.Api.Address };

    [Fact]
    public async Task Api_responses_are_neither_cached_nor_sniffed_nor_run_as_pages()
    {
        var manager = await LogIn(fixture.Api.Address, "manager");

        var responses = new[]
        {
            await Anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "manager", password = "dexflow-demo" }),
            await manager.Get("/api/me"),
            await Anonymous.GetAsync("/api/orders"),
            await manager.Get("/api/orders/does-not-exist"),
        };

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Unauthorized, HttpStatusCode.NotFound], responses.Select(response => response.StatusCode));
        Assert.All(responses, response =>
        {
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal(SecurityHeaders.ApiPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        });
    }

    [Fact]
    public async Task Pages_get_a_strict_content_security_policy_that_the_swagger_ui_keeps_to()
    {
        var page = await Anonymous.GetAsync("/swagger/index.html");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(SecurityHeaders.PagePolicy, page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        // The policy allows scripts only from files of this origin: the page must have no inline script or handler.
        Assert.Empty(InlineScript().Matches(html));
        Assert.Empty(InlineHandler().Matches(html));
        Assert.All(ScriptSource().Matches(html), source => Assert.DoesNotContain("//", source.Groups[1].Value));
        Assert.NotEmpty(ScriptSource().Matches(html));
    }

    [Fact]
    public async Task Swagger_can_be_switched_off_by_configuration()
    {
        await using var api = await ApiHost.StartAsync(fixture.Client, new Dictionary<string, string?> { ["DexFlow:Api:Swagger:Enabled"] = "false" });
        var http = new HttpClient { BaseAddress = api.Address };

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/swagger/v1/swagger.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/swagger/index.html")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.GetAsync("/swagger/v1/swagger.json")).StatusCode);
    }

    [Fact]
    public async Task Cross_origin_calls_are_allowed_only_from_configured_origins()
    {
        await using var api = await ApiHost.StartAsync(fixture.Client, new Dictionary<string, string?> { ["DexFlow:Api:Cors:Origins:0"] = "https://app.example.test" });
        var configured = new HttpClient { BaseAddress = api.Address };

        var allowed = await configured.SendAsync(Preflight("https://app.example.test"));
        var other = await configured.SendAsync(Preflight("https://evil.example.test"));
        var unconfigured = await Anonymous.SendAsync(Preflight("https://app.example.test"));
        var call = new HttpRequestMessage(HttpMethod.Get, "/api/orders") { Headers = { { "Origin", "https://app.example.test" } } };
        var answered = await configured.SendAsync(call);

        Assert.Equal("https://app.example.test", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("authorization", allowed.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(unconfigured.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal("https://app.example.test", answered.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("Retry-After", answered.Headers.GetValues("Access-Control-Expose-Headers").Single());
    }

    [Theory]
    [InlineData("*")]
    [InlineData("https://app.example.test/")]
    [InlineData("app.example.test")]
    public async Task An_origin_that_is_not_scheme_host_and_port_stops_the_start(string origin)
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ApiHost.StartAsync(fixture.Client, new Dictionary<string, string?> { ["DexFlow:Api:Cors:Origins:0"] = origin }));

        Assert.Contains("DexFlow:Api:Cors:Origins", error.Message);
    }

    private static HttpRequestMessage Preflight(string origin) => new(HttpMethod.Options, "/api/orders")
    {
        Headers =
        {
            { "Origin", origin },
            { "Access-Control-Request-Method", "POST" },
            { "Access-Control-Request-Headers", "authorization, content-type" },
        },
    };

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();

    [GeneratedRegex(@"<script[^>]*\bsrc=""([^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptSource();
}
