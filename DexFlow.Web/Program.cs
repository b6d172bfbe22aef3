using DexFlow.Web;
using DexFlow.Web.Api;
using System.Globalization;
using DexFlow.Web.Auth;
using DexFlow.Web.Auth.Oidc;
using DexFlow.Web.Localization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using MudBlazor.Services;

var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<App>("#app");
builder.RootComponents.Add<HeadOutlet>("head::after");

builder.Services.AddLocalization();
builder.Services.AddMudServices();
builder.Services.AddSingleton<ITokenStore, SessionStorageTokenStore>();
builder.Services.AddSingleton<AuthSession>();
// Pages that wait between questions to the API wait by this clock, which tests replace with one they advance.
builder.Services.AddSingleton(TimeProvider.System);
// The API is this page's own origin: the app is served by the API process, so no CORS and no second address.
builder.Services.AddSingleton(services => new DexFlowClient(new HttpClient(new BearerTokenHandler(services.GetRequiredService<AuthSession>())
{
    InnerHandler = new HttpClientHandler(),
})
{
    BaseAddress = new Uri(builder.HostEnvironment.BaseAddress),
}));
// The OpenID Connect provider gets a client of its own: it must never see DexFlow's token.
builder.Services.AddSingleton(services => new OidcSignIn(new HttpClient { Timeout = TimeSpan.FromSeconds(30) },
    services.GetRequiredService<ITokenStore>(), TimeProvider.System));

// The language js/start.js chose; set before the host runs, so that its satellite resources are loaded with the app.
var culture = AppCultures.For(Environment.GetEnvironmentVariable(AppCultures.EnvironmentVariable));
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = culture;
CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;

var host = builder.Build();
host.Services.GetRequiredService<AuthSession>().BeginRestore(host.Services.GetRequiredService<DexFlowClient>());
await host.RunAsync();
