using DexFlow.Grains.Accounts;

namespace DexFlow.Silo.Hosting;

public static partial class StartupBanner
{
    /// <summary>Once the host has started, says where DexFlow listens and, where demo accounts exist, how to log in.</summary>
    public static void LogStartupBanner(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("DexFlow");
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var url = app.Urls.FirstOrDefault() ?? "http://localhost:8080";
            if (!CoHostedApi.IsEnabled(app.Configuration))
            {
                LogSiloReady(logger, url);
                return;
            }

            LogApiReady(logger, url, $"{url}/swagger");
            if (app.Configuration.GetValue("DexFlow:SeedDemoUsers", app.Environment.IsDevelopment()))
            {
                LogDemoUsers(logger, string.Join(", ", DemoUsers.All.Select(user => user.UserName)), DemoUsers.Password);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "DexFlow silo is up; health at {Url}/health/ready")]
    private static partial void LogSiloReady(ILogger logger, string url);

    [LoggerMessage(Level = LogLevel.Information, Message = "DexFlow API: {Url}   Swagger UI: {SwaggerUrl}")]
    private static partial void LogApiReady(ILogger logger, string url, string swaggerUrl);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo accounts: {UserNames}; password for each: {Password}. Get a token: POST /api/auth/token {{\"userName\":\"manager\",\"password\":\"...\"}}")]
    private static partial void LogDemoUsers(ILogger logger, string userNames, string password);
}
