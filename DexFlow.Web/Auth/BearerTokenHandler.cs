using System.Net;
using System.Net.Http.Headers;

namespace DexFlow.Web.Auth;

/// <summary>Adds the signed-in user's token to every API call, and signs the user out when the API no longer accepts it.</summary>
public sealed class BearerTokenHandler(AuthSession session) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = session.Token;
        if (token is not null && request.Headers.Authorization is null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized && token is not null && session.Token == token)
        {
            // The token expired or was revoked: back to the sign-in page rather than a page of errors.
            await session.SignOut();
        }

        return response;
    }
}
