using DexFlow.Web.Auth;

namespace DexFlow.Api.WebApp;

/// <summary>
/// Names the person's browser on the API calls a page rendered here makes for them (<c>X-Forwarded-For</c>, trusted by
/// the API from loopback only), so that sign-ins are throttled and audited by the person's address, not this server's.
/// </summary>
public sealed class ForwardedForHandler(BrowserAddress browser) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (browser.Value is { Length: > 0 } address)
        {
            request.Headers.Remove("X-Forwarded-For");
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", address);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
