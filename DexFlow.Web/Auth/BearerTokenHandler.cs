using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using DexFlow.Web.Api;

namespace DexFlow.Web.Auth;

/// <summary>
/// Adds the signed-in user's token to every API call, renewing it first when it is about to expire. When the API
/// refuses a token (the user's roles or resources changed, or they were disabled), the session is renewed once and a
/// request that can be sent again is; when renewal is refused too, the user is signed out.
/// </summary>
/// <param name="api">Where the API is: renewals go straight to its <c>/api/auth/refresh</c>, past this handler.</param>
public sealed class BearerTokenHandler(AuthSession session, Uri api) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Sign-in, renewal and sign-out carry their own credentials; a renewal must never wait for itself.
        if (request.Headers.Authorization is not null || IsAuthentication(request.RequestUri))
        {
            return await base.SendAsync(request, cancellationToken);
        }

        if (session.NeedsRenewal)
        {
            await session.Renew(Refresh, cancellationToken);
        }

        var token = session.Token;
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized || token is null || session.Token != token)
        {
            return response;
        }

        // Back to the sign-in page rather than a page of errors, unless a renewed token gets the request through.
        if (!await session.Renew(Refresh, cancellationToken) || !CanSendAgain(request.Content))
        {
            return response;
        }

        response.Dispose();
        return await base.SendAsync(Again(request, session.Token!), cancellationToken);
    }

    private async Task<TokenResponse?> Refresh(string refreshToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(api, "api/auth/refresh"))
        {
            Content = JsonContent.Create(new { refreshToken }, options: DexFlowJson.Options),
        };
        using var response = await base.SendAsync(request, cancellationToken);
        return response.StatusCode == HttpStatusCode.Unauthorized ? null
            : await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<TokenResponse>(DexFlowJson.Options, cancellationToken);
    }

    private bool IsAuthentication(Uri? uri) =>
        uri is not null && uri.AbsolutePath.StartsWith(new Uri(api, "api/auth/").AbsolutePath, StringComparison.Ordinal);

    /// <summary>Bodies that can be read a second time; an upload streamed from a file cannot.</summary>
    private static bool CanSendAgain(HttpContent? content) => content is null or ByteArrayContent or JsonContent;

    private static HttpRequestMessage Again(HttpRequestMessage request, string token)
    {
        var again = new HttpRequestMessage(request.Method, request.RequestUri) { Content = request.Content, Version = request.Version };
        foreach (var (name, values) in request.Headers)
        {
            again.Headers.TryAddWithoutValidation(name, values);
        }

        again.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return again;
    }
}
