namespace DexFlow.Api.Browsers;

/// <summary>
/// The headers that tell browsers how to treat DexFlow's responses, set on every response (errors included) just
/// before it starts. The two policies live here and nowhere else.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// For the pages DexFlow serves (Swagger UI and the Blazor application at <c>/</c>): scripts, styles, images and
    /// calls only from this origin, no inline script, no plug-ins, never framed. What the web application needs, and no
    /// more: <c>'wasm-unsafe-eval'</c> lets the browser compile the app's own WebAssembly (it does not allow JavaScript
    /// eval); <c>style-src 'unsafe-inline'</c> because MudBlazor sets style attributes and its theme provider writes a
    /// <c>&lt;style&gt;</c> element with the theme's variables, and styles cannot run code; <c>img-src data:</c> for the
    /// app's empty icon; <c>connect-src 'self'</c> covers the runtime's downloads, the API and the WebSocket of a page
    /// run on the server. The app's document (WebApp/HostPage.razor) has no inline script (it leaves out the import map
    /// Blazor's template adds), so scripts stay <c>'self'</c> only; the browser tests fail on any policy refusal the
    /// browser reports.
    /// </summary>
    public static readonly string PagePolicy = PagePolicyFor(null);

    /// <summary>
    /// <see cref="PagePolicy"/>, and calls to the OpenID Connect provider's origin when the app signs in with one: the
    /// page reads the provider's discovery document and redeems the sign-in's code at its token endpoint itself.
    /// </summary>
    public static string PagePolicyFor(string? signInOrigin) =>
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        $"connect-src 'self'{(signInOrigin is null ? "" : " " + signInOrigin)}; font-src 'self'; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// For everything under <c>/api</c>: data, never a page. A stored document that happens to be HTML or SVG, opened
    /// from its content URL, runs no script, loads nothing and cannot be framed.
    /// </summary>
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; sandbox";

    /// <param name="signInOrigin">The OpenID Connect provider the app signs in with (<see cref="PagePolicyFor"/>), if any.</param>
    public static IApplicationBuilder UseDexFlowSecurityHeaders(this IApplicationBuilder app, string? signInOrigin)
    {
        var pagePolicy = PagePolicyFor(signInOrigin);
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(Apply, (context, pagePolicy));
            return next(context);
        });
    }

    private static Task Apply(object state)
    {
        var (context, pagePolicy) = ((HttpContext, string))state;
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            // Tokens, prices and documents must not stay in a browser's or proxy's cache.
            headers.CacheControl = "no-store";
            headers.ContentSecurityPolicy = ApiPolicy;
        }
        else if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
        {
            headers.ContentSecurityPolicy = pagePolicy;
            headers.XFrameOptions = "DENY";
        }

        return Task.CompletedTask;
    }
}
