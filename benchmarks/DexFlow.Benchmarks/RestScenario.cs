using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace DexFlow.Benchmarks;

/// <summary>
/// Order workflow over REST: every client owns one draft order; the measured transition is its manager editing the
/// order form with If-Match (a state-machine command that writes the order, its read-model row and an audit entry),
/// and the measured read is GET of the order.
/// </summary>
public sealed class RestScenario(Uri api)
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        BaseAddress = api,
    };

    private readonly Dictionary<string, AuthenticationHeaderValue> _tokens = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> _versions = new();

    public IReadOnlyList<string> Orders { get; private set; } = [];

    public async Task Prepare(int orders)
    {
        foreach (var user in new[] { "manager", "planner" })
        {
            var response = await _http.PostAsJsonAsync("/api/auth/token", new { userName = user, password = "dexflow-demo" });
            var token = (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
            _tokens[user] = new AuthenticationHeaderValue("Bearer", token);
        }

        Orders = await Task.WhenAll(Enumerable.Range(0, orders).Select(async index =>
        {
            var created = await Send("manager", HttpMethod.Post, "/api/orders", Form(index, 5000));
            var number = created!["number"]!.GetValue<string>();
            _versions[number] = created["version"]!.GetValue<long>();
            return number;
        }));
    }

    /// <summary>Changes the quantity (never the same twice running, so every call is a real change).</summary>
    public async Task Edit(string number, long iteration)
    {
        var edited = await Send("manager", HttpMethod.Put, $"/api/orders/{number}", Form(0, 1000 + (int)(iteration % 1000)), _versions[number]);
        _versions[number] = edited!["version"]!.GetValue<long>();
    }

    /// <summary>An order form for benchmark customer <paramref name="index"/>.</summary>
    public static object Form(int index, int quantity) => new
    {
        customer = new { name = $"Benchmark Customer {index}" },
        specification = new
        {
            product = "Flyer", finishedWidthMm = 148, finishedHeightMm = 210, quantity, pages = 2, coloursFront = 4, coloursBack = 4,
            paperStock = "gloss-135", finishing = new[] { "cutting" }, dueDate = DateTime.UtcNow.AddDays(60).ToString("yyyy-MM-dd"),
        },
    };

    public Task Read(string number) => Send("manager", HttpMethod.Get, $"/api/orders/{number}");

    private async Task<JsonObject?> Send(string user, HttpMethod method, string path, object? body = null, long? version = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = _tokens[user];
        if (version is { } expected)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{expected}\""));
        }

        using var response = await _http.SendAsync(request);
        if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.Accepted))
        {
            throw new HttpRequestException($"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return await response.Content.ReadFromJsonAsync<JsonObject>();
    }
}
