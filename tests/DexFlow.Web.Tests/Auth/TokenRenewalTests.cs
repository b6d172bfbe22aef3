using System.Net;
using System.Net.Http.Json;
using DexFlow.Web.Api;
using DexFlow.Web.Auth;
using DexFlow.Web.Tests.Components;
using Microsoft.Extensions.Time.Testing;

namespace DexFlow.Web.Tests.Auth;

/// <summary>
/// Access tokens live minutes: the web application renews them with the refresh token before they lapse, and once
/// more when the API refuses one (the user was re-roled), so that a user at work is never thrown out mid-form.
/// </summary>
public sealed class TokenRenewalTests
{
    private static readonly Uri ApiAddress = new("http://dexflow.test/");

    private readonly FakeApi api = new();
    private readonly FakeTimeProvider clock = new(DateTimeOffset.Parse("2026-12-01T09:00:00Z"));
    private readonly AuthSession session;
    private int refreshes;

    public TokenRenewalTests()
    {
        session = new AuthSession(new MemoryTokens(), clock);
        api.On(HttpMethod.Post, "/api/auth/token", Issued("first", "refresh-1"));
        api.On(HttpMethod.Get, "/api/me", new Me("u-1", "Manager", ["Manager"]));
        api.On(HttpMethod.Post, "/api/auth/refresh", request =>
        {
            Interlocked.Increment(ref refreshes);
            return request.Json["refreshToken"]!.GetValue<string>() == "refresh-1"
                ? FakeApi.Json(Issued("second", "refresh-2"))
                : FakeApi.Problem(HttpStatusCode.Unauthorized, "The refresh token is not valid.");
        });
        api.On(HttpMethod.Get, "/api/orders", new { items = Array.Empty<object>() });
    }

    [Fact]
    public async Task A_token_about_to_expire_is_renewed_before_the_request_is_sent()
    {
        await session.SignIn(api.Client, "manager", "password");
        clock.Advance(TimeSpan.FromMinutes(4.5));

        using var response = await Client().GetAsync("api/orders");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, refreshes);
        Assert.Equal("Bearer second", api.Sent.Last(request => request.Path == "/api/orders").Header("Authorization"));
        Assert.False(session.NeedsRenewal);
    }

    [Fact]
    public async Task A_fresh_token_is_used_as_it_is()
    {
        await session.SignIn(api.Client, "manager", "password");
        clock.Advance(TimeSpan.FromMinutes(1));

        using var response = await Client().GetAsync("api/orders");

        Assert.Equal(0, refreshes);
        Assert.Equal("Bearer first", api.Sent.Last(request => request.Path == "/api/orders").Header("Authorization"));
    }

    [Fact]
    public async Task Requests_at_the_same_moment_share_one_renewal_because_a_refresh_token_works_once()
    {
        await session.SignIn(api.Client, "manager", "password");
        clock.Advance(TimeSpan.FromMinutes(4.5));
        var release = new TaskCompletionSource();
        api.OnAsync(HttpMethod.Post, "/api/auth/refresh", async request =>
        {
            Interlocked.Increment(ref refreshes);
            await release.Task;
            return FakeApi.Json(Issued("second", "refresh-2"));
        });

        var client = Client();
        var requests = Enumerable.Range(0, 3).Select(_ => client.GetAsync("api/orders")).ToArray();
        release.SetResult();
        var responses = await Task.WhenAll(requests);

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Equal(1, refreshes);
        Assert.All(api.Sent.Where(request => request.Path == "/api/orders"), request => Assert.Equal("Bearer second", request.Header("Authorization")));
    }

    [Fact]
    public async Task A_refused_token_is_renewed_once_and_the_request_with_its_body_sent_again()
    {
        await session.SignIn(api.Client, "manager", "password");
        api.On(HttpMethod.Post, "/api/orders", request => request.Header("Authorization") == "Bearer first"
            ? FakeApi.Problem(HttpStatusCode.Unauthorized, "The token is no longer valid.")
            : FakeApi.Json(new { number = "2026-00001" }, HttpStatusCode.Created));

        using var response = await Client().PostAsJsonAsync("api/orders", new { title = "Flyers" }, DexFlowJson.Options);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(1, refreshes);
        Assert.Equal(["Flyers", "Flyers"], api.JsonBodiesOf(HttpMethod.Post, "/api/orders").Select(body => body!["title"]!.GetValue<string>()));
    }

    [Fact]
    public async Task When_the_refresh_token_is_refused_too_the_user_is_signed_out()
    {
        await session.SignIn(api.Client, "manager", "password");
        api.On(HttpMethod.Post, "/api/auth/refresh", _ => FakeApi.Problem(HttpStatusCode.Unauthorized, "The refresh token is not valid."));
        api.On(HttpMethod.Get, "/api/orders", _ => FakeApi.Problem(HttpStatusCode.Unauthorized, "The token is no longer valid."));
        var changes = 0;
        session.Changed += () => changes++;

        using var response = await Client().GetAsync("api/orders");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(session.IsSignedIn);
        Assert.Null(session.RefreshToken);
        Assert.Equal(1, changes);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_at_the_api()
    {
        await session.SignIn(api.Client, "manager", "password");

        api.On(HttpMethod.Post, "/api/auth/sign-out", _ => new HttpResponseMessage(HttpStatusCode.NoContent));
        await session.SignOut(api.Client);

        Assert.Equal("refresh-1", Assert.Single(api.JsonBodiesOf(HttpMethod.Post, "/api/auth/sign-out"))!["refreshToken"]!.GetValue<string>());
        Assert.False(session.IsSignedIn);
    }

    private HttpClient Client() =>
        new(new BearerTokenHandler(session, ApiAddress) { InnerHandler = api }) { BaseAddress = ApiAddress };

    private TokenResponse Issued(string accessToken, string refreshToken) =>
        new(accessToken, "Bearer", 300, refreshToken, clock.GetUtcNow().AddHours(12), "u-1", "Manager", ["Manager"]);
}
