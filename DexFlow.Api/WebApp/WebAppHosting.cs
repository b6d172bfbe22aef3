using DexFlow.Web;
using DexFlow.Web.Auth;
using Microsoft.AspNetCore.Hosting.StaticWebAssets;

namespace DexFlow.Api.WebApp;

/// <summary>
/// Serves the web application (DexFlow.Web) at <c>/</c> from the process that serves the API: its files pre-compressed
/// (MapStaticAssets: gzip, and Brotli once published; fingerprinted files cached for good, the rest revalidated), and
/// every page path answered with the one document the app starts from (<see cref="HostPage"/>). Where the app runs is
/// <see cref="WebAppOptions.RenderMode"/>: by default here, over the page's WebSocket to this process.
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

    // What the process serves besides the app, and the app's own files and server connection: neither is a page path.
    private static readonly string[] NotApp = ["/api", "/swagger", "/health"];
    private static readonly string[] AppInfrastructure = ["/_framework", "/_content", "/_blazor"];

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

        var services = builder.Services;
        services.AddOptions<WebAppOptions>().BindConfiguration("DexFlow:Web");
        services.AddRazorComponents().AddInteractiveServerComponents().AddInteractiveWebAssemblyComponents();
        services.AddSingleton<LoopbackApi>();
        services.AddDexFlowWebApp(
            apiTransport: provider => new ForwardedForHandler(provider.GetRequiredService<BrowserAddress>())
            {
                InnerHandler = provider.GetRequiredService<LoopbackApi>().Transport,
            },
            apiAddress: provider => provider.GetRequiredService<LoopbackApi>().Address);
        return builder;
    }

    /// <summary>
    /// Before routing: a page path of the app (no file extension, not the API's) gets the app's document, which is the
    /// same for every page (the app draws the page itself, where it runs), so one endpoint serves them all and an unknown
    /// path gets the app's own "not found".
    /// </summary>
    public static IApplicationBuilder UseDexFlowWebAppFallback(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var request = context.Request;
        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && IsAppPage(request.Path))
        {
            request.Path = "/";
        }

        return next(context);
    });

    public static WebApplication MapDexFlowWebApp(this WebApplication app)
    {
        var manifest = Manifest(app.Environment.ApplicationName, "endpoints");
        app.MapStaticAssets(manifest);
        app.MapRazorComponents<HostPage>()
            .WithStaticAssets(manifest)
            .AddInteractiveServerRenderMode()
            .AddInteractiveWebAssemblyRenderMode()
            .AddAdditionalAssemblies(typeof(App).Assembly);
        return app;
    }

    /// <summary>A request for the app (a page, its files or its server connection), not for the API, its documentation or health.</summary>
    internal static bool IsAppRequest(PathString path) => !Under(path, NotApp);

    internal static bool IsAppPage(PathString path)
    {
        if (Under(path, NotApp) || Under(path, AppInfrastructure))
        {
            return false;
        }

        var value = path.Value ?? "/";
        var last = value[(value.LastIndexOf('/') + 1)..];
        return !last.Contains('.');
    }

    private static bool Under(PathString path, string[] prefixes) =>
        prefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    /// <summary>The app's own manifest of that kind, or the API project's when the app has none.</summary>
    private static string Manifest(string applicationName, string kind) =>
        File.Exists(Own(applicationName, kind)) ? Own(applicationName, kind) : Own(FallbackManifest, kind);

    private static string Own(string applicationName, string kind) =>
        Path.Combine(AppContext.BaseDirectory, $"{applicationName}.staticwebassets.{kind}.json");
}
