using System.Net.Http.Json;
using System.Text.Json;
using DexFlow.Web.Api;

namespace DexFlow.Web.Auth.Oidc;

/// <summary>What the callback hands on: the provider's access token, and where the user was going.</summary>
public sealed record OidcSignInResult(string AccessToken, string ReturnUrl);

/// <summary>
/// Sign-in with the configured OpenID Connect provider: the authorization code flow with PKCE (S256), state and nonce,
/// as a public client in the browser. <see cref="Begin"/> reads the provider's discovery document and returns where to
/// send the browser; <see cref="Complete"/> checks the answer that comes back at the callback page and redeems its code
/// at the token endpoint. What ties the two together waits in the tab's session storage, used once. Its HttpClient talks
/// to the provider only, never with DexFlow's token.
/// </summary>
public sealed class OidcSignIn(HttpClient http, ITokenStore store, TimeProvider time)
{
    internal const string PendingKey = "dexflow.oidc.pending";

    public async Task<Uri> Begin(OidcProvider provider, Uri redirectUri, string returnUrl, CancellationToken cancellationToken = default)
    {
        var discovery = await Discover(provider.Authority, returnUrl, cancellationToken);
        var pending = new PendingSignIn(State: Pkce.NewSecret(), Nonce: Pkce.NewSecret(), Verifier: Pkce.NewSecret(), Issuer: discovery.Issuer!,
            ClientId: provider.ClientId, TokenEndpoint: discovery.TokenEndpoint!, RedirectUri: redirectUri.AbsoluteUri,
            ExpectsIdToken: provider.Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("openid"), ReturnUrl: returnUrl);
        await store.Set(PendingKey, JsonSerializer.Serialize(pending));

        var endpoint = discovery.AuthorizationEndpoint!;
        return new Uri(endpoint + (endpoint.Contains('?') ? "&" : "?") + string.Join('&', new[]
        {
            ("response_type", "code"),
            ("client_id", provider.ClientId),
            ("redirect_uri", pending.RedirectUri),
            ("scope", provider.Scope),
            ("state", pending.State),
            ("nonce", pending.Nonce),
            ("code_challenge", Pkce.Challenge(pending.Verifier)),
            ("code_challenge_method", "S256"),
        }.Select(parameter => $"{parameter.Item1}={Uri.EscapeDataString(parameter.Item2)}")));
    }

    /// <summary>Checks the provider's answer (the callback page's address) and redeems its code for the access token.</summary>
    public async Task<OidcSignInResult> Complete(Uri callback, CancellationToken cancellationToken = default)
    {
        var answer = Parameters(callback.Query);
        var pending = await TakePending();
        // The state first: an answer to a sign-in this tab did not start is not read any further, errors included.
        if (pending is null || answer.GetValueOrDefault("state") != pending.State)
        {
            throw new OidcSignInException(OidcFailure.StateMismatch, pending?.ReturnUrl);
        }

        if (answer.GetValueOrDefault("error") is { } error)
        {
            throw new OidcSignInException(error == "access_denied" ? OidcFailure.Denied : OidcFailure.ProviderError, pending.ReturnUrl);
        }

        // RFC 9207: a provider that names itself must be the one the sign-in was sent to.
        if ((answer.TryGetValue("iss", out var issuer) && issuer != pending.Issuer) || answer.GetValueOrDefault("code") is not { Length: > 0 } code)
        {
            throw new OidcSignInException(OidcFailure.InvalidAnswer, pending.ReturnUrl);
        }

        var tokens = await Redeem(pending, code, cancellationToken);
        if (tokens.AccessToken is not { Length: > 0 } accessToken
            || (tokens.TokenType is { } type && !type.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
            || (pending.ExpectsIdToken && (tokens.IdToken is null || !IdToken.Matches(tokens.IdToken, pending, time.GetUtcNow()))))
        {
            throw new OidcSignInException(OidcFailure.InvalidAnswer, pending.ReturnUrl);
        }

        return new OidcSignInResult(accessToken, pending.ReturnUrl);
    }

    private async Task<OidcDiscovery> Discover(string authority, string returnUrl, CancellationToken cancellationToken)
    {
        OidcDiscovery? discovery;
        try
        {
            using var response = await http.GetAsync($"{authority.TrimEnd('/')}/.well-known/openid-configuration", cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new OidcSignInException(OidcFailure.Unreachable, returnUrl);
            }

            discovery = await response.Content.ReadFromJsonAsync<OidcDiscovery>(cancellationToken);
        }
        catch (Exception exception) when (IsUnreachable(exception, cancellationToken))
        {
            // In the browser a refused CORS request or a closed port looks the same: the provider cannot be reached.
            throw new OidcSignInException(OidcFailure.Unreachable, returnUrl);
        }
        catch (JsonException)
        {
            throw new OidcSignInException(OidcFailure.InvalidAnswer, returnUrl);
        }

        // OpenID Connect Discovery §4.3: the document must name the authority it was read from (a trailing slash aside).
        if (discovery?.Issuer?.TrimEnd('/') != authority.TrimEnd('/') || !IsWebAddress(discovery.AuthorizationEndpoint) || !IsWebAddress(discovery.TokenEndpoint))
        {
            throw new OidcSignInException(OidcFailure.InvalidAnswer, returnUrl);
        }

        return discovery;
    }

    private async Task<OidcTokens> Redeem(PendingSignIn pending, string code, CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = pending.RedirectUri,
            ["client_id"] = pending.ClientId,
            ["code_verifier"] = pending.Verifier,
        });
        try
        {
            using var response = await http.PostAsync(pending.TokenEndpoint, form, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new OidcSignInException(OidcFailure.TokenRefused, pending.ReturnUrl);
            }

            return await response.Content.ReadFromJsonAsync<OidcTokens>(cancellationToken)
                   ?? throw new OidcSignInException(OidcFailure.InvalidAnswer, pending.ReturnUrl);
        }
        catch (Exception exception) when (IsUnreachable(exception, cancellationToken))
        {
            throw new OidcSignInException(OidcFailure.Unreachable, pending.ReturnUrl);
        }
        catch (JsonException)
        {
            throw new OidcSignInException(OidcFailure.InvalidAnswer, pending.ReturnUrl);
        }
    }

    /// <summary>The sign-in waiting for its answer, forgotten as it is read: an answer is redeemed at most once.</summary>
    private async Task<PendingSignIn?> TakePending()
    {
        var saved = await store.Get(PendingKey);
        if (saved is null)
        {
            return null;
        }

        await store.Remove(PendingKey);
        try
        {
            return JsonSerializer.Deserialize<PendingSignIn>(saved);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>No answer at all: refused, or none within the client's timeout (which is not the caller giving up).</summary>
    private static bool IsUnreachable(Exception exception, CancellationToken cancellationToken) =>
        exception is HttpRequestException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested);

    private static bool IsWebAddress(string? address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";

    /// <summary>The answer's query parameters (the first of each name).</summary>
    private static Dictionary<string, string> Parameters(string query)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            parameters.TryAdd(name, equals < 0 ? "" : Decode(pair[(equals + 1)..]));
        }

        return parameters;
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
