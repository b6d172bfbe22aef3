using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Accounts;
using DexFlow.Testing;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>
/// Failed sign-ins are rate-limited per client address and per account name in each API process, and lock the name
/// for a while across all of them. Each test runs its own API process, so its limits throttle nobody else.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SignInThrottlingTests(ApiFixture fixture)
{
    private const string Password = "a long and right password";

    [Fact]
    public async Task After_too_many_failures_from_one_address_even_the_right_password_gets_429_with_retry_after()
    {
        await using var api = await Api(("AddressFailures", "3"), ("AddressWindow", "01:00:00"), ("AccountFailures", "100"));
        var http = new HttpClient { BaseAddress = api.Address };
        var name = await NewAccount();

        var correct = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            correct.Add((await SignIn(http, name, Password)).StatusCode);
        }

        var wrong = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            wrong.Add((await SignIn(http, $"nobody-{attempt}-{Guid.NewGuid():N}", "wrong")).StatusCode);
        }

        var refused = await SignIn(http, name, Password);
        var problem = await Json(refused, HttpStatusCode.TooManyRequests);
        await SignIn(http, name, Password);
        await SignIn(http, name, Password);

        Assert.All(correct, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.All(wrong, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal("1200", refused.Headers.GetValues("Retry-After").Single());
        Assert.Equal(("urn:dexflow:problem:too-many-attempts", 429), (problem["type"]!.GetValue<string>(), problem["status"]!.GetValue<int>()));
        Assert.Equal(1L, await fixture.Database.Scalar<long>("""
            SELECT count(*) FROM dexflow.sign_in_audit
            WHERE user_name = @name AND outcome = 'Throttled' AND detail = 'address' AND client_address = '127.0.0.1'
            """, ("name", name)));
    }

    [Fact]
    public async Task After_too_many_failures_for_one_name_it_is_refused_alike_whether_or_not_it_has_an_account()
    {
        await using var api = await Api(("AccountFailures", "2"), ("AccountWindow", "01:00:00"), ("AddressFailures", "100"));
        var http = new HttpClient { BaseAddress = api.Address };
        var answers = new List<(HttpStatusCode, string?, string?, string?)>();

        foreach (var name in new[] { await NewAccount(), "nobody-" + Guid.NewGuid().ToString("N")[..8] })
        {
            for (var attempt = 0; attempt < 3; attempt++)
            {
                var response = await SignIn(http, name, attempt < 2 ? "wrong" : Password);
                var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
                answers.Add((response.StatusCode, response.Headers.RetryAfter?.ToString(), body["type"]?.GetValue<string>(), body["title"]?.GetValue<string>()));
            }
        }

        Assert.Equal(answers[..3], answers[3..]);
        Assert.Equal((HttpStatusCode.TooManyRequests, "1800"), (answers[2].Item1, answers[2].Item2));
    }

    [Fact]
    public async Task Parallel_attempts_from_one_address_cannot_outrun_its_limit()
    {
        await using var api = await Api(("AddressFailures", "3"), ("AddressWindow", "01:00:00"), ("ConcurrentPerAddress", "1"));
        var http = new HttpClient { BaseAddress = api.Address };

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => SignIn(http, "nobody-" + Guid.NewGuid().ToString("N"), "wrong")));

        Assert.Equal((3, 9), (answers.Count(answer => answer.StatusCode == HttpStatusCode.Unauthorized),
            answers.Count(answer => answer.StatusCode == HttpStatusCode.TooManyRequests)));
    }

    [Fact]
    public async Task A_throttled_address_may_sign_in_again_once_its_window_frees_a_permit()
    {
        await using var api = await Api(("AddressFailures", "1"), ("AddressWindow", "00:00:01"));
        var http = new HttpClient { BaseAddress = api.Address };
        var name = await NewAccount();

        var wrong = await SignIn(http, name, "wrong");
        var refused = await SignIn(http, name, Password);
        var later = await Eventually.Get(() => SignIn(http, name, Password), response => response.StatusCode != HttpStatusCode.TooManyRequests,
            "the address to get a permit back");

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.OK), (wrong.StatusCode, refused.StatusCode, later.StatusCode));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Repeated_failures_lock_a_name_in_every_api_process_even_for_the_right_password(bool exists)
    {
        await using var first = await Api(("AddressFailures", "100"), ("AccountFailures", "100"));
        await using var second = await Api(("AddressFailures", "100"), ("AccountFailures", "100"));
        var name = exists ? await NewAccount() : "nobody-" + Guid.NewGuid().ToString("N")[..8];

        var failures = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 10; attempt++)
        {
            failures.Add((await SignIn(new HttpClient { BaseAddress = first.Address }, name, "wrong")).StatusCode);
        }

        var elsewhere = await SignIn(new HttpClient { BaseAddress = second.Address }, name, Password);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 9), HttpStatusCode.TooManyRequests], failures);
        Assert.Equal(HttpStatusCode.TooManyRequests, elsewhere.StatusCode);
        Assert.InRange(int.Parse(elsewhere.Headers.GetValues("Retry-After").Single()), 880, 900);
    }

    [Fact]
    public async Task Sign_ins_that_a_page_rendered_by_the_api_makes_for_a_browser_count_against_that_browsers_address()
    {
        // A page rendered on the server calls the API over loopback, naming the browser (DexFlow.Api/WebApp/ForwardedForHandler).
        await using var api = await Api(("AddressFailures", "2"), ("AddressWindow", "01:00:00"), ("AccountFailures", "100"));
        var first = new HttpClient { BaseAddress = api.Address, DefaultRequestHeaders = { { "X-Forwarded-For", "203.0.113.7" } } };
        var second = new HttpClient { BaseAddress = api.Address, DefaultRequestHeaders = { { "X-Forwarded-For", "203.0.113.8" } } };
        var name = "nobody-" + Guid.NewGuid().ToString("N")[..8];

        var failures = new[] { (await SignIn(first, name, "wrong")).StatusCode, (await SignIn(first, name, "wrong")).StatusCode };
        var firstAgain = await SignIn(first, name, "wrong");
        var secondBrowser = await SignIn(second, name, "wrong");

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], failures);
        Assert.Equal((HttpStatusCode.TooManyRequests, HttpStatusCode.Unauthorized), (firstAgain.StatusCode, secondBrowser.StatusCode));
        Assert.Equal(2L, await fixture.Database.Scalar<long>("""
            SELECT count(*) FROM dexflow.sign_in_audit WHERE user_name = @name AND outcome = 'Failed' AND client_address = '203.0.113.7'
            """, ("name", name)));
    }

    [Fact]
    public async Task Administrators_and_auditors_read_the_sign_in_audit_and_nobody_else_does()
    {
        var name = "nobody-" + Guid.NewGuid().ToString("N")[..8];
        await SignIn(new HttpClient { BaseAddress = fixture.Api.Address }, name, "wrong");

        var admin = await (await LogIn(fixture.Api.Address, "admin")).GetJson($"/api/audit/sign-ins?userName={name}");
        var auditor = await (await LogIn(fixture.Api.Address, "auditor")).GetJson($"/api/audit/sign-ins?userName={name}&limit=1");
        var manager = await (await LogIn(fixture.Api.Address, "manager")).Get("/api/audit/sign-ins");
        var clerk = await (await LogIn(fixture.Api.Address, "clerk")).Get("/api/audit/sign-ins");

        var entry = admin["entries"]!.AsArray().Single()!;
        Assert.Equal((name, "127.0.0.1", "Failed"),
            (entry["userName"]!.GetValue<string>(), entry["clientAddress"]!.GetValue<string>(), entry["outcome"]!.GetValue<string>()));
        Assert.Equal(entry.ToJsonString(), auditor["entries"]![0]!.ToJsonString());
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (manager.StatusCode, clerk.StatusCode));
    }

    private Task<ApiHost> Api(params (string Key, string Value)[] limits) =>
        ApiHost.StartAsync(fixture.Client, limits.ToDictionary(limit => "DexFlow:Auth:Throttling:" + limit.Key, limit => (string?)limit.Value));

    private static Task<HttpResponseMessage> SignIn(HttpClient http, string userName, string password) =>
        http.PostAsJsonAsync("/api/auth/token", new { userName, password });

    private async Task<string> NewAccount()
    {
        var name = "throttle-" + Guid.NewGuid().ToString("N")[..8];
        await new UserAccounts(fixture.Database.DataSource).CreateIfMissing(name, "Thea Throttle", Roles.Clerk, Password);
        return name;
    }
}
