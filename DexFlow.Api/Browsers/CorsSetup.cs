namespace DexFlow.Api.Browsers;

/// <summary>
/// Cross-origin calls from browsers, off unless <c>DexFlow:Api:Cors:Origins</c> names the origins of the web
/// applications allowed to call the API. Bearer tokens travel in a header, never in cookies, so no credentials mode.
/// </summary>
public static class CorsSetup
{
    private const string OriginsKey = "DexFlow:Api:Cors:Origins";

    public static IServiceCollection AddDexFlowCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = Origins(configuration);
        if (origins.Length > 0)
        {
            services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
                .WithOrigins(origins)
                .AllowAnyMethod()
                .AllowAnyHeader()
                .WithExposedHeaders("ETag", "Location", "Retry-After", "Idempotent-Replayed", "Content-Disposition")
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
        }

        return services;
    }

    public static IApplicationBuilder UseDexFlowCors(this IApplicationBuilder app, IConfiguration configuration) =>
        Origins(configuration).Length > 0 ? app.UseCors() : app;

    private static string[] Origins(IConfiguration configuration)
    {
        var origins = configuration.GetSection(OriginsKey).Get<string[]>() ?? [];
        foreach (var origin in origins)
        {
            // An origin is scheme://host[:port]; "*" or a path would open the API to more than the operator meant.
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
                || uri.AbsolutePath != "/" || !string.IsNullOrEmpty(uri.Query) || origin.EndsWith('/'))
            {
                throw new InvalidOperationException($"{OriginsKey} must list origins like https://app.example.com; '{origin}' is not one.");
            }
        }

        return origins;
    }
}
