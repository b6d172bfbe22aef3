using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DexFlow.Grains.Reporting.Rollups;

/// <summary>How often the silo refreshes the daily rollups.</summary>
public sealed class ReportRollupOptions
{
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>Refreshes the daily rollups soon after the silo starts, then every <see cref="ReportRollupOptions.Interval"/>.</summary>
public sealed partial class ReportRollupRefresher(ReportRollups rollups, IOptions<ReportRollupOptions> options, TimeProvider time,
    ILogger<ReportRollupRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(10), time, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await rollups.Refresh(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // Reports stay right without the rollups, only slower: try again at the next interval.
                    LogRefreshFailed(exception);
                }

                await Task.Delay(options.Value.Interval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The silo is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing the report rollups failed; reports compute the missing days themselves meanwhile")]
    private partial void LogRefreshFailed(Exception exception);
}
