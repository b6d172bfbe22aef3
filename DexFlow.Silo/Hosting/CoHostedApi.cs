using DexFlow.Api;
using DexFlow.Api.Health;

namespace DexFlow.Silo.Hosting;

/// <summary>
/// A silo may also serve the REST API and the web application in its own process (<c>DexFlow:Api:Enabled</c>: the
/// README's single-process run, small installations); otherwise it answers only its health endpoints, and API
/// processes of their own reach it as Orleans clients.
/// </summary>
public static class CoHostedApi
{
    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue<bool>("DexFlow:Api:Enabled");

    public static WebApplicationBuilder AddDexFlowApiWhenEnabled(this WebApplicationBuilder builder) =>
        IsEnabled(builder.Configuration) ? builder.AddDexFlowApi() : builder;

    /// <summary>The API's endpoints (its health among them) when it is hosted here, else the health endpoints alone.</summary>
    public static WebApplication MapDexFlowEndpoints(this WebApplication app)
    {
        if (IsEnabled(app.Configuration))
        {
            app.MapDexFlowApi();
        }
        else
        {
            app.MapDexFlowHealth();
        }

        return app;
    }
}
