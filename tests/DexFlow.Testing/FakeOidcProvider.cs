using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DexFlow.Testing;

/// <summary>A person the fake provider can sign in, with the roles its access tokens carry.</summary>
public sealed record FakeOidcUser(string Id, string Name, params string[] Roles);

/// <summary>A public client registered at the fake provider: its one redirect URI, and the audience its access tokens are for.</summary>
public sealed record FakeOidcClient(string ClientId, Uri RedirectUri, string Audience);

/// <summary>
/// An OpenID Connect provider over real HTTP on 127.0.0.1, small enough to read: discovery, signing keys, tokens signed
/// with its RSA key, and the authorization code flow with PKCE for a browser. Its authorize endpoint is a page listing
/// the registered users, each a button, and Cancel (which answers <c>access_denied</c>); its token endpoint redeems a
/// code once, only for the client, redirect URI and PKCE verifier (S256) the code was given for. Discovery, keys and
/// the token endpoint allow any origin, as real providers do for single-page applications.
/// </summary>
public sealed class FakeOidcProvider : IAsyncDisposable
{
    private static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(2);

    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "test-key-1" };
    private readonly ConcurrentDictionary<string, FakeOidcClient> _clients = new();
    private readonly ConcurrentDictionary<string, FakeOidcUser> _users = new();
    private readonly ConcurrentDictionary<string, Grant> _codes = new();
    private WebApplication _app = null!;
    private int _tokenRequests;

    private FakeOidcProvider()
    {
    }

    public string Issuer { get; private set; } = "";

    /// <summary>How many times the token endpoint was asked (a refused answer must not be redeemed at all).</summary>
    public int TokenRequests => Volatile.Read(ref _tokenRequests);

    public static async Task<FakeOidcProvider> StartAsync()
    {
        var provider = new FakeOidcProvider();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.Use(AllowAnyOrigin);
        app.MapGet("/.well-known/openid-configuration", provider.Discovery);
        app.MapGet("/jwks", provider.Keys);
        app.MapGet("/authorize", provider.AuthorizePage);
        app.MapPost("/authorize", provider.Authorize);
        app.MapPost("/token", provider.Token);
        await app.StartAsync();
        provider._app = app;
        provider.Issuer = app.Urls.Single();
        return provider;
    }

    public void AddClient(FakeOidcClient client) => _clients[client.ClientId] = client;

    public void AddUser(FakeOidcUser user) => _users[user.Id] = user;

    /// <summary>
    /// An access token for <paramref name="audience"/>; <paramref name="signingKey"/> lets a test forge one. With
    /// <paramref name="email"/> it carries the address, vouched for when <paramref name="emailVerified"/>.
    /// </summary>
    public string IssueToken(string audience, string userId, string name, string[] roles, SecurityKey? signingKey = null, string? email = null,
        bool emailVerified = false)
    {
        var claims = new List<Claim> { new("sub", userId), new("name", name) };
        claims.AddRange(roles.Select(role => new Claim("roles", role)));
        if (email is not null)
        {
            claims.Add(new Claim("email", email));
            claims.Add(new Claim("email_verified", emailVerified ? "true" : "false", ClaimValueTypes.Boolean));
        }

        return Sign(audience, claims, signingKey ?? _key);
    }

    /// <summary>
    /// What the browser does on the authorize page, over plain HTTP: picks <paramref name="userId"/> (or Cancel, when
    /// null) for the request <paramref name="authorizeUrl"/> and returns where the provider sends the browser back.
    /// </summary>
    public async Task<Uri> Answer(Uri authorizeUrl, string? userId)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var fields = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(authorizeUrl.Query)
            .ToDictionary(field => field.Key, field => field.Value.ToString());
        fields[userId is null ? "deny" : "user"] = userId ?? "1";
        using var response = await http.PostAsync(new Uri(new Uri(Issuer), "/authorize"), new FormUrlEncodedContent(fields));
        return response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location
            ? location
            : throw new InvalidOperationException($"The provider answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private IResult Discovery() => Results.Json(new Dictionary<string, object>
    {
        ["issuer"] = Issuer,
        ["jwks_uri"] = Issuer + "/jwks",
        ["authorization_endpoint"] = Issuer + "/authorize",
        ["token_endpoint"] = Issuer + "/token",
        ["response_types_supported"] = new[] { "code" },
        ["grant_types_supported"] = new[] { "authorization_code" },
        ["code_challenge_methods_supported"] = new[] { "S256" },
        ["subject_types_supported"] = new[] { "public" },
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["authorization_response_iss_parameter_supported"] = true,
    });

    private IResult Keys()
    {
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_key.Rsa.ExportParameters(false)) { KeyId = _key.KeyId });
        return Results.Json(new
        {
            keys = new[] { new Dictionary<string, string> { ["kty"] = "RSA", ["use"] = "sig", ["alg"] = "RS256", ["kid"] = jwk.Kid, ["n"] = jwk.N, ["e"] = jwk.E } },
        });
    }

    /// <summary>The sign-in page: one button per user, and Cancel. The request travels on in hidden fields.</summary>
    private IResult AuthorizePage(HttpRequest request)
    {
        var parameters = request.Query.ToDictionary(field => field.Key, field => field.Value.ToString());
        if (Check(parameters) is { } refusal)
        {
            return refusal;
        }

        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\"><title>Fake provider</title></head><body><main>")
            .Append("<h1>Sign in to the fake provider</h1><form method=\"post\" action=\"/authorize\">");
        foreach (var (name, value) in parameters)
        {
            html.Append($"<input type=\"hidden\" name=\"{WebUtility.HtmlEncode(name)}\" value=\"{WebUtility.HtmlEncode(value)}\">");
        }

        foreach (var user in _users.Values.OrderBy(user => user.Id, StringComparer.Ordinal))
        {
            html.Append($"<p><button type=\"submit\" name=\"user\" value=\"{WebUtility.HtmlEncode(user.Id)}\" data-test=\"provider-user-{WebUtility.HtmlEncode(user.Id)}\">")
                .Append($"Continue as {WebUtility.HtmlEncode(user.Name)}</button></p>");
        }

        html.Append("<p><button type=\"submit\" name=\"deny\" value=\"1\" data-test=\"provider-deny\">Cancel</button></p></form></main></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }

    /// <summary>The page's answer: a code for the chosen user, or <c>access_denied</c>, sent back to the client's redirect URI.</summary>
    private async Task<IResult> Authorize(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var parameters = form.ToDictionary(field => field.Key, field => field.Value.ToString());
        if (Check(parameters) is { } refusal)
        {
            return refusal;
        }

        var redirect = parameters["redirect_uri"];
        if (parameters.ContainsKey("deny"))
        {
            return Back(redirect, ("error", "access_denied"), ("state", parameters.GetValueOrDefault("state")));
        }

        if (!_users.TryGetValue(parameters.GetValueOrDefault("user") ?? "", out var user))
        {
            return Results.BadRequest("Pick one of the listed users.");
        }

        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _codes[code] = new Grant(parameters["client_id"], redirect, parameters["code_challenge"], parameters.GetValueOrDefault("nonce"), user,
            DateTimeOffset.UtcNow + CodeLifetime);
        return Back(redirect, ("code", code), ("state", parameters.GetValueOrDefault("state")), ("iss", Issuer));
    }

    /// <summary>
    /// A request from an unknown client or to an unregistered redirect URI gets a page of its own (never a redirect:
    /// that would make the provider an open redirector); a malformed one is answered at the redirect URI.
    /// </summary>
    private IResult? Check(IReadOnlyDictionary<string, string> parameters)
    {
        if (!_clients.TryGetValue(parameters.GetValueOrDefault("client_id") ?? "", out var client)
            || parameters.GetValueOrDefault("redirect_uri") != client.RedirectUri.AbsoluteUri)
        {
            return Results.Content("<!DOCTYPE html><html lang=\"en\"><title>Refused</title><h1>Unknown client or redirect URI</h1></html>", "text/html", statusCode: 400);
        }

        var state = parameters.GetValueOrDefault("state");
        if (parameters.GetValueOrDefault("response_type") != "code")
        {
            return Back(client.RedirectUri.AbsoluteUri, ("error", "unsupported_response_type"), ("state", state));
        }

        return parameters.GetValueOrDefault("code_challenge_method") != "S256" || string.IsNullOrEmpty(parameters.GetValueOrDefault("code_challenge"))
            ? Back(client.RedirectUri.AbsoluteUri, ("error", "invalid_request"), ("state", state))
            : null;
    }

    /// <summary>Redeems a code once: for the client, redirect URI and PKCE verifier it was given for, within its lifetime.</summary>
    private async Task<IResult> Token(HttpRequest request)
    {
        Interlocked.Increment(ref _tokenRequests);
        var form = await request.ReadFormAsync();
        if (form["grant_type"] != "authorization_code")
        {
            return Refuse("unsupported_grant_type");
        }

        if (!_codes.TryRemove(form["code"].ToString(), out var grant)
            || grant.Expires < DateTimeOffset.UtcNow
            || form["client_id"] != grant.ClientId
            || form["redirect_uri"] != grant.RedirectUri
            || !Verifies(form["code_verifier"], grant.Challenge)
            || !_clients.TryGetValue(grant.ClientId, out var client))
        {
            return Refuse("invalid_grant");
        }

        var user = grant.User;
        var idClaims = new List<Claim> { new("sub", user.Id), new("name", user.Name) };
        if (grant.Nonce is { Length: > 0 } nonce)
        {
            idClaims.Add(new Claim("nonce", nonce));
        }

        return Results.Json(new Dictionary<string, object>
        {
            ["access_token"] = IssueToken(client.Audience, user.Id, user.Name, user.Roles),
            ["token_type"] = "Bearer",
            ["expires_in"] = 600,
            ["id_token"] = Sign(grant.ClientId, idClaims, _key),
        });
    }

    private static bool Verifies(StringValues verifier, string challenge) =>
        verifier.ToString() is { Length: >= 43 and <= 128 } text
        && Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(text))) == challenge;

    private string Sign(string audience, IEnumerable<Claim> claims, SecurityKey key) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = audience,
        Subject = new ClaimsIdentity(claims),
        Expires = DateTime.UtcNow.AddMinutes(10),
        SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
    });

    private static IResult Refuse(string error) => Results.Json(new { error }, statusCode: StatusCodes.Status400BadRequest);

    private static IResult Back(string redirectUri, params (string Name, string? Value)[] parameters) =>
        Results.Redirect(redirectUri + (redirectUri.Contains('?') ? "&" : "?") + string.Join('&',
            parameters.Where(parameter => parameter.Value is not null).Select(parameter => $"{parameter.Name}={Uri.EscapeDataString(parameter.Value!)}")));

    /// <summary>Discovery, keys and the token endpoint answer pages of any origin; the authorize page is visited, not called.</summary>
    private static async Task AllowAnyOrigin(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Path.StartsWithSegments("/.well-known") || context.Request.Path.StartsWithSegments("/jwks")
            || context.Request.Path.StartsWithSegments("/token"))
        {
            context.Response.Headers.AccessControlAllowOrigin = "*";
            if (HttpMethods.IsOptions(context.Request.Method))
            {
                context.Response.Headers.AccessControlAllowMethods = "GET, POST";
                context.Response.Headers.AccessControlAllowHeaders = "content-type";
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                return;
            }
        }

        await next(context);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed record Grant(string ClientId, string RedirectUri, string Challenge, string? Nonce, FakeOidcUser User, DateTimeOffset Expires);
}
