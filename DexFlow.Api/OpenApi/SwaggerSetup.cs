using Microsoft.OpenApi;

namespace DexFlow.Api.OpenApi;

public static class SwaggerSetup
{
    public static IServiceCollection AddDexFlowSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(swagger =>
        {
            swagger.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "DexFlow API",
                Version = "v1",
                Description = "Orders, documents and their workflow. Errors are RFC 7807 problems with a stable type (urn:dexflow:problem:*).",
                Contact = new OpenApiContact { Name = "The DexFlow team" },
            });
            swagger.OperationFilter<SummaryAsDescription>();
            swagger.SchemaFilter<DescribedProperties>();
            swagger.AddSecurityDefinition("Bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A token from POST /api/auth/token, or from the configured OpenID Connect provider.",
            });
            swagger.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference("Bearer", document)] = [],
            });
        });
        return services;
    }

    /// <summary>The OpenAPI document and Swagger UI, unless <c>DexFlow:Api:Swagger:Enabled</c> is false.</summary>
    public static WebApplication UseDexFlowSwagger(this WebApplication app)
    {
        if (!app.Configuration.GetValue("DexFlow:Api:Swagger:Enabled", true))
        {
            return app;
        }

        // The document names the server that served it, so that clients generated from it call the same place.
        app.UseSwagger(options => options.PreSerializeFilters.Add((document, request) =>
            document.Servers = [new OpenApiServer { Url = $"{request.Scheme}://{request.Host.Value}" }]));
        app.UseSwaggerUI(ui => ui.DocumentTitle = "DexFlow API");
        return app;
    }
}
