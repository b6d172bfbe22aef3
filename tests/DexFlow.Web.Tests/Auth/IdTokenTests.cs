using System.Text;
using System.Text.Json;
using DexFlow.Web.Auth.Oidc;

namespace DexFlow.Web.Tests.Auth;

/// <summary>The ID token ties the provider's answer to this sign-in: issuer, this app as audience, the nonce sent, not expired.</summary>
public sealed class IdTokenTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly PendingSignIn Pending = new("state", "nonce-1", "verifier", "https://sso.test", "dexflow-web", "https://sso.test/token",
        "http://app.test/sign-in/callback", true, "");

    [Fact]
    public void A_token_of_the_issuer_for_this_app_with_the_nonce_sent_matches()
    {
        Assert.True(IdToken.Matches(Token(), Pending, Now));
        Assert.True(IdToken.Matches(Token(aud: new[] { "other", "dexflow-web" }), Pending, Now));
    }

    [Theory]
    [InlineData("iss")]
    [InlineData("aud")]
    [InlineData("nonce")]
    [InlineData("exp")]
    public void A_token_with_another_issuer_audience_or_nonce_or_that_expired_does_not_match(string wrong)
    {
        var token = wrong switch
        {
            "iss" => Token(iss: "https://evil.test"),
            "aud" => Token(aud: "someone-else"),
            "nonce" => Token(nonce: "nonce-2"),
            _ => Token(exp: Now.AddMinutes(-10)),
        };

        Assert.False(IdToken.Matches(token, Pending, Now));
    }

    [Theory]
    [InlineData("")]
    [InlineData("only.two")]
    [InlineData("a.!!!.c")]
    [InlineData("a.bnVsbA.c")]
    public void Anything_that_is_not_a_token_does_not_match(string token) => Assert.False(IdToken.Matches(token, Pending, Now));

    private static string Token(string iss = "https://sso.test", object? aud = null, string nonce = "nonce-1", DateTimeOffset? exp = null)
    {
        var payload = JsonSerializer.Serialize(new { iss, aud = aud ?? "dexflow-web", nonce, sub = "ext-1", exp = (exp ?? Now.AddMinutes(5)).ToUnixTimeSeconds() });
        return $"{Pkce.Base64Url("{\"alg\":\"RS256\"}"u8)}.{Pkce.Base64Url(Encoding.UTF8.GetBytes(payload))}.c2ln";
    }
}
