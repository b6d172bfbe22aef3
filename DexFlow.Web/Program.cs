using DexFlow.Web;
using DexFlow.Web.Api;
using DexFlow.Web.Auth;
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
// The API is this page's own origin: the app is served by the API process, so no CORS and no second address.
builder.Services.AddSingleton(services => new DexFlowClient(new HttpClient(new BearerTokenHandler(services.GetRequiredService<AuthSession>())
{
    InnerHandler = new HttpClientHandler(),
})
{
    BaseAddress = new Uri(builder.HostEnvironment.BaseAddress),
}));

var host = builder.Build();
await host.Services.GetRequiredService<AuthSession>().Restore(host.Services.GetRequiredService<DexFlowClient>());
await host.RunAsync();
