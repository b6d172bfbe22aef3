using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace DexFlow.Benchmarks;

/// <summary>
/// Events from REST transitions to live clients: while managers create orders over REST, administrators follow
/// <c>GET /api/events</c>. Measures the events delivered per second to all clients together, the time from a create's
/// answer to its event on each client (an event can come before the answer does: then 0), and events not delivered.
/// </summary>
public static class EventsBenchmark
{
    private const int Creators = 16;

    public static async Task Run(Uri api, string report, IReadOnlyList<int> listenerCounts, TimeSpan duration)
    {
        var rows = new List<string>();
        foreach (var listeners in listenerCounts)
        {
            var row = await Measure(api, listeners, duration);
            Console.WriteLine(row);
            rows.Add(row);
        }

        var section = new StringBuilder()
            .AppendLine($"Run {BenchmarkReport.RunDescription()}; {duration.TotalSeconds:N0} s per row, {Creators} managers creating orders over REST "
                        + "(each create is one event) while administrators follow `GET /api/events`. Command: `./scripts/bench-events.sh`.")
            .AppendLine()
            .AppendLine("| SSE clients | creates/s | events delivered/s (all clients) | create → event p50 ms | p99 ms | events missing |")
            .AppendLine("|---:|---:|---:|---:|---:|---:|");
        rows.ForEach(row => section.AppendLine(row));
        await BenchmarkReport.Replace(report, "events", section.ToString());
    }

    private static async Task<string> Measure(Uri api, int listenerCount, TimeSpan duration)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = listenerCount + Creators + 8 })
        {
            BaseAddress = api,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        var admin = await Token(http, "admin");
        var manager = await Token(http, "manager");
        var answered = new ConcurrentDictionary<string, long>();
        using var stop = new CancellationTokenSource();
        var listeners = Enumerable.Range(0, listenerCount).Select(_ => new Listener()).ToArray();
        var connected = listeners.Select(listener => listener.Follow(http, admin, stop.Token)).ToArray();
        await Task.WhenAll(listeners.Select(listener => listener.Connected));

        var started = Stopwatch.GetTimestamp();
        var creates = await Task.WhenAll(Enumerable.Range(0, Creators).Select(async _ =>
        {
            var count = 0;
            while (Stopwatch.GetElapsedTime(started) < duration)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders") { Content = JsonContent.Create(RestScenario.Form(0, 5000)) };
                request.Headers.Authorization = manager;
                using var response = await http.SendAsync(request);
                var number = (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!["number"]!.GetValue<string>();
                answered[number] = Stopwatch.GetTimestamp();
                count++;
            }

            return count;
        }));
        var elapsed = Stopwatch.GetElapsedTime(started);

        // Stragglers: every client should hear of every order within a few seconds.
        var deadline = Stopwatch.GetTimestamp() + 10 * Stopwatch.Frequency;
        while (listeners.Any(listener => listener.Count(answered.Keys) < answered.Count) && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(100);
        }

        await stop.CancelAsync();
        await Task.WhenAll(connected);

        var latencies = listeners.SelectMany(listener => listener.Latencies(answered)).Order().ToArray();
        var delivered = latencies.Length;
        var missing = (long)answered.Count * listenerCount - delivered;
        return string.Create(CultureInfo.InvariantCulture,
            $"| {listenerCount} | {creates.Sum() / elapsed.TotalSeconds:N0} | {delivered / elapsed.TotalSeconds:N0} | {Percentile(latencies, 0.5):N1} | {Percentile(latencies, 0.99):N1} | {missing} |");
    }

    private static async Task<AuthenticationHeaderValue> Token(HttpClient http, string user)
    {
        var response = await http.PostAsJsonAsync("/api/auth/token", new { userName = user, password = "dexflow-demo" });
        var token = (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        return new AuthenticationHeaderValue("Bearer", token);
    }

    private static double Percentile(double[] sorted, double quantile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];

    /// <summary>One SSE client: when it heard of each order's creation.</summary>
    private sealed class Listener
    {
        private readonly ConcurrentDictionary<string, long> _heard = new();
        private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Connected => _connected.Task;

        public int Count(IEnumerable<string> numbers) => numbers.Count(_heard.ContainsKey);

        public IEnumerable<double> Latencies(ConcurrentDictionary<string, long> answered) =>
            answered.Where(item => _heard.ContainsKey(item.Key))
                .Select(item => Math.Max(0, (_heard[item.Key] - item.Value) * 1000.0 / Stopwatch.Frequency));

        public async Task Follow(HttpClient http, AuthenticationHeaderValue token, CancellationToken stop)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/api/events");
                request.Headers.Authorization = token;
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stop);
                using var reader = new StreamReader(await response.EnsureSuccessStatusCode().Content.ReadAsStreamAsync(stop));
                string? type = null;
                while (await reader.ReadLineAsync(stop) is { } line)
                {
                    _connected.TrySetResult();
                    if (line.StartsWith("event: ", StringComparison.Ordinal))
                    {
                        type = line[7..];
                    }
                    else if (line.StartsWith("data: ", StringComparison.Ordinal) && type == "Order.Create")
                    {
                        var subject = JsonNode.Parse(line[6..])!["subject"]!.GetValue<string>();
                        _heard.TryAdd(subject, Stopwatch.GetTimestamp());
                    }
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception exception)
            {
                _connected.TrySetException(exception);
                throw;
            }
        }
    }
}
