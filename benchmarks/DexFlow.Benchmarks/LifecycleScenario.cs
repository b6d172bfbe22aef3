using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace DexFlow.Benchmarks;

/// <summary>
/// The whole seed use case per order through REST, as each role: create, submit, wait for processing (estimate, work
/// sheet, price sheet), both approvals (a new customer: prepayment invoice), payment, the planner confirming the
/// proposal (retried when another planner took the slots first), every process started and finished, final invoice
/// and its payment, archive. Many orders at once; completed orders per second.
/// </summary>
public sealed class LifecycleScenario(Uri api)
{
    public sealed record Figures(int Orders, int Concurrency, double PerSecond, double MedianSeconds, int ScheduleRetries);

    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = api };
    private readonly Dictionary<string, AuthenticationHeaderValue> _tokens = [];
    private int _retries;

    public async Task<Figures> Run(int orders, int concurrency)
    {
        foreach (var user in new[] { "manager", "accountant", "qa", "planner", "operator" })
        {
            var response = await _http.PostAsJsonAsync("/api/auth/token", new { userName = user, password = "dexflow-demo" });
            _tokens[user] = new AuthenticationHeaderValue("Bearer", (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>());
        }

        var durations = new List<double>();
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) < orders)
            {
                var one = Stopwatch.StartNew();
                await Lifecycle(next);
                lock (durations)
                {
                    durations.Add(one.Elapsed.TotalSeconds);
                }
            }
        }));
        var elapsed = watch.Elapsed.TotalSeconds;
        durations.Sort();
        return new Figures(orders, concurrency, orders / elapsed, durations[durations.Count / 2], _retries);
    }

    private async Task Lifecycle(int index)
    {
        var created = await Send("manager", HttpMethod.Post, "/api/orders", new
        {
            customer = new { name = $"Lifecycle Customer {Guid.NewGuid():N}", billingAddress = "Hauptstraße 1, Berlin", vatId = "DE123456789" },
            specification = new
            {
                product = "Flyer", title = $"Flyer {index}", finishedWidthMm = 148, finishedHeightMm = 210, quantity = 5000, pages = 2,
                coloursFront = 4, coloursBack = 4, paperStock = "gloss-135", finishing = new[] { "cutting" },
                dueDate = DateTime.UtcNow.AddDays(90).ToString("yyyy-MM-dd"),
            },
        });
        var number = created["number"]!.GetValue<string>();
        var path = $"/api/orders/{number}";
        await Send("manager", HttpMethod.Post, $"{path}/submit");
        while ((await Send("manager", HttpMethod.Get, path))["stage"]!.GetValue<string>() != "InReview")
        {
            await Task.Delay(10);
        }

        await Send("qa", HttpMethod.Post, $"{path}/qa-review", new { decision = "Approve" });
        await PayWhatIsOwed(path, await Send("accountant", HttpMethod.Post, $"{path}/accounting-review", new { decision = "Approve" }));

        JsonObject scheduled;
        while (true)
        {
            var proposal = await Send("planner", HttpMethod.Get, $"{path}/schedule/proposal");
            var slots = proposal["processes"]!.AsArray().Select(process => new
            {
                processId = process!["processId"]!.GetValue<string>(), resourceId = process["resourceId"]!.GetValue<string>(), start = process["start"]!.GetValue<DateTimeOffset>(),
            });
            var (status, body) = await TrySend("planner", HttpMethod.Put, $"{path}/schedule", new { slots });
            if (status == HttpStatusCode.OK)
            {
                scheduled = body;
                break;
            }

            Interlocked.Increment(ref _retries); // another planner booked the same slots first
        }

        foreach (var process in scheduled["schedule"]!["processes"]!.AsArray())
        {
            var id = process!["processId"]!.GetValue<string>();
            await Send("operator", HttpMethod.Post, $"{path}/processes/{id}/start");
            await Send("operator", HttpMethod.Post, $"{path}/processes/{id}/finish");
        }

        // An order is archived once nothing is owed on it: the final invoice is paid first.
        await PayWhatIsOwed(path, await Send("accountant", HttpMethod.Get, path));
        await Send("accountant", HttpMethod.Post, $"{path}/archive");
    }

    private async Task PayWhatIsOwed(string path, JsonObject order)
    {
        foreach (var invoice in order["invoicing"]!["invoices"]!.AsArray().Where(invoice => invoice!["amountDue"]!.GetValue<decimal>() > 0))
        {
            await Send("accountant", HttpMethod.Post, $"{path}/payments", new
            {
                invoiceNumber = invoice!["number"]!.GetValue<string>(), amount = invoice["amountDue"]!.GetValue<decimal>(), paidOn = DateTime.UtcNow.ToString("yyyy-MM-dd"),
            });
        }
    }

    private async Task<JsonObject> Send(string user, HttpMethod method, string path, object? body = null)
    {
        var (status, json) = await TrySend(user, method, path, body);
        return status is HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.Accepted
            ? json
            : throw new HttpRequestException($"{method} {path}: {(int)status} {json.ToJsonString()}");
    }

    private async Task<(HttpStatusCode Status, JsonObject Body)> TrySend(string user, HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = _tokens[user];
        using var response = await _http.SendAsync(request);
        if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.Accepted or HttpStatusCode.Conflict))
        {
            throw new HttpRequestException($"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }
}
