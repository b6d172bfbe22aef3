using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using DexFlow.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class AuthenticationTests(ApiFixture fixture)
{
    private HttpClient Anonymous => new() { BaseAddress = fixture.Api.Address };

    [Fact]
    public async Task A_token_carries_the_users_identity_and_roles()
    {
        var response = await Anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "Accountant", password = "dexflow-demo" });
        var token = await Json(response, HttpStatusCode.OK);
        var http = Anonymous;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token["accessToken"]!.GetValue<string>());

        var me = await Json(await http.GetAsync("/api/me"), HttpStatusCode.OK);

        Assert.Equal(("accountant", "Alex Accountant", "Accountant"),
            (me["userId"]!.GetValue<string>(), me["displayName"]!.GetValue<string>(), me["roles"]![0]!.GetValue<string>()));
        Assert.Equal(5 * 60, token["expiresIn"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("manager", "wrong password")]
    [InlineData("nobody", "dexflow-demo")]
    public async Task Wrong_credentials_get_401_without_saying_which_part_was_wrong(string user, string password)
    {
        var json = await Json(await Anonymous.PostAsJsonAsync("/api/auth/token", new { userName = user, password }), HttpStatusCode.Unauthorized);

        Assert.Equal("urn:dexflow:problem:invalid-credentials", json["type"]!.GetValue<string>());
        Assert.Equal("Unknown user name or wrong password.", json["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Requests_without_a_valid_token_get_a_401_problem()
    {
        var forged = Anonymous;
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhZG1pbiIsInJvbGUiOiJBZG1pbmlzdHJhdG9yIn0.c2lnbmF0dXJl");

        var missing = await Json(await Anonymous.GetAsync("/api/orders"), HttpStatusCode.Unauthorized);
        var rejected = await forged.GetAsync("/api/inbox");

        Assert.Equal("urn:dexflow:problem:unauthenticated", missing["type"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, rejected.StatusCode);
    }

    [Fact]
    public async Task A_refused_token_is_answered_with_invalid_token_and_nothing_about_why()
    {
        var now = DateTime.UtcNow;
        var expired = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "dexflow",
            Audience = "dexflow-api",
            Claims = new Dictionary<string, object> { ["sub"] = "manager", ["role"] = "Manager" },
            IssuedAt = now.AddHours(-9),
            NotBefore = now.AddHours(-9),
            Expires = now.AddHours(-1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(ApiHost.SigningKey)), SecurityAlgorithms.HmacSha256),
        });
        var forged = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhZG1pbiIsInJvbGUiOiJBZG1pbmlzdHJhdG9yIn0.c2lnbmF0dXJl";

        var challenges = new List<string>();
        foreach (var token in new[] { expired, forged, "not a token at all" })
        {
            var http = Anonymous;
            http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + token);
            var response = await http.GetAsync("/api/me");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            challenges.Add(response.Headers.WwwAuthenticate.ToString());
        }

        var missing = await Anonymous.GetAsync("/api/me");

        Assert.All(challenges, challenge => Assert.Equal("Bearer error=\"invalid_token\"", challenge));
        Assert.Equal("Bearer", missing.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Only_managers_create_orders()
    {
        var planner = await LogIn(fixture.Api.Address, "planner");

        var json = await Json(await planner.Post("/api/orders", OrderForms.Complete()), HttpStatusCode.Forbidden);

        Assert.Equal("urn:dexflow:problem:forbidden", json["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_api_describes_itself_and_reports_its_health()
    {
        var document = await Json(await Anonymous.GetAsync("/swagger/v1/swagger.json"), HttpStatusCode.OK);
        var ui = await Anonymous.GetAsync("/swagger/index.html");

        Assert.Contains("/api/orders/{number}/accounting-review", document["paths"]!.AsObject().Select(path => path.Key));
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.GetAsync("/health/ready")).StatusCode);
    }
}
