namespace DexFlow.Api.Browsers;

/// <summary>
/// The headers that tell browsers how to treat DexFlow's responses, set on every response (errors included) just
/// before it starts. The two policies live here and nowhere else, so the web application to come at <c>/</c> adjusts
/// them in one place.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// For the pages DexFlow serves (Swagger UI now, the Blazor WebAssembly application later): scripts, styles, images
    /// and calls only from this origin, no inline script, no plug-ins, never framed. <c>'wasm-unsafe-eval'</c> lets the
    /// browser compile the application's own WebAssembly and does not allow JavaScript eval; inline styles are allowed
    /// because both UIs set style attributes, which cannot run code.
    /// </summary>
    public const string PagePolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// For everything under <c>/api</c>: data, never a page. A stored document that happens to be HTML or SVG, opened
    /// from its content URL, runs no script, loads nothing and cannot be framed.
    /// </summary>
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; sandbox";

    public static IApplicationBuilder UseDexFlowSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(Apply, context);
        return next(context);
    });

    private static Task Apply(object state)
    {
        var context = (HttpContext)state;
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
            headers.ContentSecurityPolicy = PagePolicy;
            headers.XFrameOptions = "DENY";
        }

        return Task.CompletedTask;
    }
}
