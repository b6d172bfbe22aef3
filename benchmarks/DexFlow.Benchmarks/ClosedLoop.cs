using System.Diagnostics;

namespace DexFlow.Benchmarks;

/// <summary>
/// Runs <c>clients</c> callers that each start their next operation as soon as the last one finished, for a fixed
/// time after a warm-up, and records every operation's latency.
/// </summary>
public static class ClosedLoop
{
    public static async Task<LoadResult> Run(string name, int clients, TimeSpan warmUp, TimeSpan duration, Func<int, long, Task> operation)
    {
        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + (long)(warmUp.TotalSeconds * Stopwatch.Frequency);
        var stopAt = measureFrom + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var latencies = new List<double>[clients];
        var errors = new long[clients];

        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var mine = latencies[client] = new List<double>(100_000);
            for (long iteration = 0; ; iteration++)
            {
                var began = Stopwatch.GetTimestamp();
                if (began >= stopAt)
                {
                    return;
                }

                try
                {
                    await operation(client, iteration);
                }
                catch (Exception)
                {
                    if (began >= measureFrom)
                    {
                        errors[client]++;
                    }

                    continue;
                }

                if (began >= measureFrom)
                {
                    mine.Add(Stopwatch.GetElapsedTime(began).TotalMilliseconds);
                }
            }
        })));

        var all = latencies.SelectMany(list => list).Order().ToArray();
        return new LoadResult(name, clients, all.Length / duration.TotalSeconds, Percentile(all, 0.50), Percentile(all, 0.99), all.Length, errors.Sum());
    }

    private static double Percentile(double[] sorted, double quantile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}
