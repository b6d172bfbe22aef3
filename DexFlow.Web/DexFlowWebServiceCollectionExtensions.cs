using DexFlow.Web.Api;
using DexFlow.Web.Auth;
using DexFlow.Web.Auth.Oidc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;

namespace DexFlow.Web;

/// <summary>
/// The services the app's pages use, registered alike wherever the app runs: in the browser (WebAssembly) and in the
/// API process that runs them (interactive server rendering, the default; see docs/ui.md). They are scoped because
/// on the server a scope is one person's circuit; in the browser there is only one scope.
/// </summary>
public static class DexFlowWebServiceCollectionExtensions
{
    /// <param name="apiTransport">
    /// How calls reach DexFlow's REST API: the browser's fetch to the page's own origin, or the server's connection to
    /// itself over loopback. It may be shared between scopes: the clients built on it never dispose it.
    /// </param>
    /// <param name="apiAddress">Where the API is, seen from where the app runs.</param>
    public static IServiceCollection AddDexFlowWebApp(this IServiceCollection services,
        Func<IServiceProvider, HttpMessageHandler> apiTransport, Func<IServiceProvider, Uri> apiAddress)
    {
        services.AddLocalization();
        services.AddMudServices();
        services.AddScoped<ITokenStore, SessionStorageTokenStore>();
        services.AddScoped<AuthSession>();
        services.AddScoped<BrowserAddress>();
        // Pages that wait between questions to the API wait by this clock, which tests replace with one they advance.
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped(provider => new DexFlowClient(new HttpClient(
            new BearerTokenHandler(provider.GetRequiredService<AuthSession>(), apiAddress(provider)) { InnerHandler = apiTransport(provider) }, disposeHandler: false)
        {
            BaseAddress = apiAddress(provider),
        }));
        // The OpenID Connect provider gets a client of its own: it must never see DexFlow's token.
        services.AddScoped(provider => new OidcSignIn(new HttpClient { Timeout = TimeSpan.FromSeconds(30) },
            provider.GetRequiredService<ITokenStore>(), provider.GetRequiredService<TimeProvider>()));
        return services;
    }
}
