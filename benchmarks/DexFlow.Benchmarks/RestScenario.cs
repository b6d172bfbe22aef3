using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace DexFlow.Benchmarks;

/// <summary>
/// Order workflow over REST: every client owns one order, walked through the lifecycle to Scheduled by the right
/// people; the measured transition is the planner rescheduling it (a state-machine command that writes the order and
/// its read-model row), and the measured read is GET of the order.
/// </summary>
public sealed class RestScenario(Uri api)
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        BaseAddress = api,
    };

    private readonly Dictionary<string, AuthenticationHeaderValue> _tokens = [];

    public IReadOnlyList<string> Orders { get; private set; } = [];

    public async Task Prepare(int orders)
    {
        foreach (var user in new[] { "manager", "accountant", "qa", "planner" })
        {
            var response = await _http.PostAsJsonAsync("/api/auth/token", new { userName = user, password = "dexflow-demo" });
            var token = (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
            _tokens[user] = new AuthenticationHeaderValue("Bearer", token);
        }

        var due = DateTime.UtcNow.AddDays(60).ToString("yyyy-MM-dd");
        Orders = await Task.WhenAll(Enumerable.Range(0, orders).Select(async index =>
        {
            var created = await Send("manager", HttpMethod.Post, "/api/orders", new
            {
                customer = new { name = $"Benchmark Customer {index}" },
                specification = new
                {
                    product = "Flyer", finishedWidthMm = 148, finishedHeightMm = 210, quantity = 5000, pages = 2,
                    coloursFront = 4, coloursBack = 4, paperStock = "gloss-135", finishing = new[] { "cutting" }, dueDate = due,
                },
            });
            var number = created!["number"]!.GetValue<string>();
            await Send("manager", HttpMethod.Post, $"/api/orders/{number}/submit");
            while ((await Send("manager", HttpMethod.Get, $"/api/orders/{number}"))!["stage"]!.GetValue<string>() != "InReview")
            {
                await Task.Delay(20);
            }

            await Send("accountant", HttpMethod.Post, $"/api/orders/{number}/accounting-review", new { decision = "Approve" });
            await Send("qa", HttpMethod.Post, $"/api/orders/{number}/qa-review", new { decision = "Approve" });
            await Reschedule(number, 0);
            return number;
        }));
    }

    public Task Reschedule(string number, long iteration)
    {
        var start = DateTime.UtcNow.AddDays(1 + iteration % 20);
        return Send("planner", HttpMethod.Post, $"/api/orders/{number}/schedule", new
        {
            plannedStart = start.ToString("yyyy-MM-dd"),
            plannedFinish = start.AddDays(2).ToString("yyyy-MM-dd"),
        });
    }

    public Task Read(string number) => Send("planner", HttpMethod.Get, $"/api/orders/{number}");

    private async Task<JsonObject?> Send(string user, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = _tokens[user];
        using var response = await _http.SendAsync(request);
        if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.Accepted))
        {
            throw new HttpRequestException($"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return await response.Content.ReadFromJsonAsync<JsonObject>();
    }
}
