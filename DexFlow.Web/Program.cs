using System.Globalization;
using DexFlow.Web;
using DexFlow.Web.Localization;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;

// The app in the browser: the page the API serves names its root components (DexFlow.Api/WebApp/HostPage.razor).
var builder = WebAssemblyHostBuilder.CreateDefault(args);
// The API is this page's own origin: the app is served by the API process, so no CORS and no second address.
var origin = new Uri(builder.HostEnvironment.BaseAddress);
builder.Services.AddDexFlowWebApp(_ => new HttpClientHandler(), _ => origin);

// The language js/start.js chose; set before the host runs, so that its satellite resources are loaded with the app.
var culture = AppCultures.For(Environment.GetEnvironmentVariable(AppCultures.EnvironmentVariable));
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = culture;
CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;

await builder.Build().RunAsync();
