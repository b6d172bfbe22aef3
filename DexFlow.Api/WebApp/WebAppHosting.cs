using Microsoft.AspNetCore.Hosting.StaticWebAssets;

namespace DexFlow.Api.WebApp;

/// <summary>
/// Serves the Blazor WebAssembly application (DexFlow.Web) at <c>/</c> from the process that serves the API, as
/// pre-compressed static files (MapStaticAssets: gzip, and Brotli once published; fingerprinted files cached for good,
/// index.html revalidated), with every other page path answered by index.html so that links into the app work.
/// </summary>
/// <remarks>
/// The files are described by a static web assets manifest the SDK writes for each web project that references
/// DexFlow.Web (the API and the silo both do): <c>&lt;app&gt;.staticwebassets.endpoints.json</c>. Three ways to run:
/// a published app has the files in <c>wwwroot</c> beside it; a built app (<c>dotnet run</c>) has them where the build
/// left them, listed by <c>&lt;app&gt;.staticwebassets.runtime.json</c>, which ASP.NET Core reads by itself only in
/// Development, so it is read here in any other environment; and a host whose application name has no manifest (the
/// in-process test host) uses the API project's, which is copied beside every app that references the API.
/// </remarks>
public static class WebAppHosting
{
    private const string FallbackManifest = "DexFlow.Api";

    private static readonly string[] NotApp = ["/api", "/swagger", "/health", "/_framework", "/_content"];

    public static WebApplicationBuilder AddDexFlowWebApp(this WebApplicationBuilder builder)
    {
        // In Development ASP.NET Core has already read the app's own runtime manifest; reading it again would list every file twice.
        var name = builder.Environment.ApplicationName;
        var readByHost = builder.Environment.IsDevelopment() && File.Exists(Own(name, "runtime"));
        var runtimeManifest = Manifest(name, "runtime");
        if (!readByHost && File.Exists(runtimeManifest))
        {
            builder.Configuration[WebHostDefaults.StaticWebAssetsKey] = runtimeManifest;
            StaticWebAssetsLoader.UseStaticWebAssets(builder.Environment, builder.Configuration);
        }

        return builder;
    }

    /// <summary>Before routing: a page path of the app (no file extension, not the API's) is answered with index.html.</summary>
    public static IApplicationBuilder UseDexFlowWebAppFallback(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var request = context.Request;
        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && IsAppPage(request.Path))
        {
            request.Path = "/index.html";
        }

        return next(context);
    });

    public static WebApplication MapDexFlowWebApp(this WebApplication app)
    {
        app.MapStaticAssets(Manifest(app.Environment.ApplicationName, "endpoints"));
        return app;
    }

    internal static bool IsAppPage(PathString path)
    {
        if (NotApp.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var value = path.Value ?? "/";
        var last = value[(value.LastIndexOf('/') + 1)..];
        return !last.Contains('.');
    }

    /// <summary>The app's own manifest of that kind, or the API project's when the app has none.</summary>
    private static string Manifest(string applicationName, string kind) =>
        File.Exists(Own(applicationName, kind)) ? Own(applicationName, kind) : Own(FallbackManifest, kind);

    private static string Own(string applicationName, string kind) =>
        Path.Combine(AppContext.BaseDirectory, $"{applicationName}.staticwebassets.{kind}.json");
}
