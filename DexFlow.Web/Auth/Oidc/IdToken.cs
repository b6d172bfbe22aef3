using System.Text.Json;

namespace DexFlow.Web.Auth.Oidc;

/// <summary>
/// Checks the ID token that came with the access token. It was received straight from the token endpoint (not through
/// the browser's address bar), so OpenID Connect Core §3.1.3.7 lets the client trust its transport instead of checking
/// the signature, which WebAssembly's cryptography could not do (no RSA in the browser). What is checked is what ties
/// the token to this sign-in: issuer, audience (this app's client), nonce and expiry. DexFlow's API checks the access
/// token's signature on every call anyway.
/// </summary>
public static class IdToken
{
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(2);

    public static bool Matches(string idToken, PendingSignIn pending, DateTimeOffset now)
    {
        var parts = idToken.Split('.');
        if (parts.Length != 3)
        {
            return false;
        }

        try
        {
            using var payload = JsonDocument.Parse(Pkce.FromBase64Url(parts[1]));
            var claims = payload.RootElement;
            return claims.ValueKind == JsonValueKind.Object
                   && Text(claims, "iss") == pending.Issuer
                   && Audiences(claims).Contains(pending.ClientId, StringComparer.Ordinal)
                   && Text(claims, "nonce") == pending.Nonce
                   && claims.TryGetProperty("exp", out var exp) && exp.ValueKind == JsonValueKind.Number
                   && DateTimeOffset.FromUnixTimeSeconds(exp.GetInt64()) > now - Skew;
        }
        catch (Exception exception) when (exception is FormatException or JsonException or ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private static string? Text(JsonElement claims, string name) =>
        claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IEnumerable<string> Audiences(JsonElement claims) => claims.TryGetProperty("aud", out var aud)
        ? aud.ValueKind switch
        {
            JsonValueKind.String => [aud.GetString()!],
            JsonValueKind.Array => aud.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!),
            _ => [],
        }
        : [];
}
