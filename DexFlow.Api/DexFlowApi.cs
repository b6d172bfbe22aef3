using System.Text.Json.Serialization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using DexFlow.Api.AuditTrail;
using DexFlow.Api.Auth;
using DexFlow.Api.Browsers;
using DexFlow.Api.Capture;
using DexFlow.Api.Company;
using DexFlow.Api.Customers;
using DexFlow.Api.Events;
using DexFlow.Api.Health;
using DexFlow.Api.Inbox;
using DexFlow.Api.Invoicing;
using DexFlow.Api.Notifications;
using DexFlow.Api.OpenApi;
using DexFlow.Api.Documents;
using DexFlow.Api.Orders;
using DexFlow.Api.Parcels;
using DexFlow.Api.Planning;
using DexFlow.Api.Pricing;
using DexFlow.Api.Quality;
using DexFlow.Api.Reports;
using DexFlow.Api.Problems;
using DexFlow.Api.Routing;
using DexFlow.Api.Search;
using DexFlow.Api.Users;
using DexFlow.Api.Validation;
using DexFlow.Api.Webhooks;
using DexFlow.Api.WebApp;

namespace DexFlow.Api;

/// <summary>
/// Composes DexFlow's REST API onto a web application that has an Orleans client (or is itself a silo): the
/// standalone API process and the co-hosted embedded default both call these two methods.
/// </summary>
public static class DexFlowApi
{
    public const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    public static WebApplicationBuilder AddDexFlowApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var auth = builder.Configuration.GetSection("DexFlow:Auth").Get<AuthOptions>() ?? new AuthOptions();
        services.AddOptions<AuthOptions>().BindConfiguration("DexFlow:Auth");
        services.AddDexFlowAuthentication(auth, builder.Environment.IsDevelopment());
        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = ProblemTypes.ForStatusCode);
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.TryAddSingleton(TimeProvider.System);
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            json.SerializerOptions.Converters.Add(new SafeStringConverter());
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });

        // Malformed bodies throw, so that they reach the problem handler instead of ending as an empty 400.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        var maxBody = builder.Configuration.GetValue("DexFlow:Api:MaxRequestBodyBytes", DefaultMaxRequestBodyBytes);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = maxBody);

        services.AddDexFlowReadiness();
        services.AddOptions<ParcelUploadOptions>()
            .Configure<IConfiguration>((upload, configuration) => upload.MaxFiles = configuration.GetValue("DexFlow:Parcels:MaxFiles", upload.MaxFiles))
            .BindConfiguration("DexFlow:Upload");
        services.AddDexFlowSwagger();
        services.AddDexFlowCors(builder.Configuration);
        builder.AddDexFlowWebApp();
        return builder;
    }

    public static WebApplication MapDexFlowApi(this WebApplication app)
    {
        // The browser's address on calls that a page rendered by this process makes for it (WebApp/ForwardedForHandler):
        // trusted from loopback only (the default proxies), so no remote client can name an address of its choice.
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor });
        app.UseDexFlowSecurityHeaders(app.Services.GetRequiredService<IOptions<AuthOptions>>().Value.Oidc?.BrowserOrigin);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // The web application's page paths get its one document before routing picks the endpoint that answers them.
        app.UseDexFlowWebAppFallback();
        app.UseDexFlowWebAppCulture();
        app.UseRouting();
        app.UseDexFlowCors(app.Configuration);
        app.UseMiddleware<SafeRequestTextMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseDexFlowSwagger();
        app.MapDexFlowHealth();
        app.MapTokenEndpoints();
        app.MapSignInProviderEndpoints();
        app.MapSignInAuditEndpoints();
        app.MapUserEndpoints();
        app.MapCustomerEndpoints();
        app.MapQaChecklistEndpoints();
        app.MapCompanyEndpoints();
        app.MapOrderEndpoints();
        app.MapOrderDocumentEndpoints();
        app.MapOrderFileEndpoints();
        app.MapOrderProductionEndpoints();
        app.MapInvoiceEndpoints();
        app.MapResourceEndpoints();
        app.MapInboxEndpoints();
        app.MapParcelEndpoints();
        app.MapDocumentEndpoints();
        app.MapCaptureEndpoints();
        app.MapRoutingEndpoints();
        app.MapPricingEndpoints();
        app.MapReportEndpoints();
        app.MapSearchEndpoints();
        app.MapAuditEndpoints();
        app.MapEventEndpoints();
        app.MapWebhookEndpoints();
        app.MapNotificationEndpoints();
        app.MapDexFlowWebApp();
        return app;
    }
}
