using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DexFlow.Web.Api;
using DexFlow.Web.Auth;

namespace DexFlow.Web.Tests.Components;

/// <summary>
/// DexFlow's REST API as a component test needs it: answers by method and path (a path given with a query answers only
/// that query), and every request kept (with its headers and body) so that a test can check what the page sent.
/// </summary>
public sealed class FakeApi : HttpMessageHandler
{
    private readonly List<(HttpMethod Method, string Path, Func<SentRequest, Task<HttpResponseMessage>> Answer)> routes = [];
    private readonly List<SentRequest> sent = [];

    public DexFlowClient Client => new(new HttpClient(this) { BaseAddress = new Uri("http://dexflow.test/") });

    public IReadOnlyList<SentRequest> Sent
    {
        get
        {
            lock (sent)
            {
                return [.. sent];
            }
        }
    }

    /// <summary>Answers requests to <paramref name="path"/> (without the query) with <paramref name="answer"/>; the latest registration wins.</summary>
    public FakeApi On(HttpMethod method, string path, Func<SentRequest, HttpResponseMessage> answer) =>
        OnAsync(method, path, request => Task.FromResult(answer(request)));

    /// <summary>Answers when <paramref name="answer"/>'s task completes: a slow answer, released by the test (it ignores cancellation, as a network may).</summary>
    public FakeApi OnAsync(HttpMethod method, string path, Func<SentRequest, Task<HttpResponseMessage>> answer)
    {
        routes.Insert(0, (method, path, answer));
        return this;
    }

    /// <summary>Whether requests to <paramref name="path"/> (with any query) have an answer already.</summary>
    public bool Handles(HttpMethod method, string path) =>
        routes.Any(route => route.Method == method && route.Path.Split('?')[0] == path);

    public FakeApi On(HttpMethod method, string path, object body, HttpStatusCode status = HttpStatusCode.OK) =>
        On(method, path, _ => Json(body, status));

    public static HttpResponseMessage Json(object body, HttpStatusCode status = HttpStatusCode.OK) => new(status)
    {
        Content = new StringContent(JsonSerializer.Serialize(body, DexFlowJson.Options), Encoding.UTF8, "application/json"),
    };

    /// <summary>A problem (RFC 7807) with whatever members the test gives, as the API sends it.</summary>
    public static HttpResponseMessage Problem(object problem, HttpStatusCode status) => new(status)
    {
        Content = new StringContent(JsonSerializer.Serialize(problem, DexFlowJson.Options), Encoding.UTF8, "application/problem+json"),
    };

    /// <summary>Answers <paramref name="path"/> with JSON written out by the test (a problem when the status is an error).</summary>
    public FakeApi OnJson(HttpMethod method, string path, string json, HttpStatusCode status = HttpStatusCode.OK) =>
        On(method, path, _ => RawJson(json, status));

    public static HttpResponseMessage RawJson(string json, HttpStatusCode status = HttpStatusCode.OK) => new(status)
    {
        Content = new StringContent(json, Encoding.UTF8, (int)status >= 400 ? "application/problem+json" : "application/json"),
    };

    /// <summary>The JSON bodies sent to <paramref name="path"/>, oldest first.</summary>
    public IReadOnlyList<JsonNode?> JsonBodiesOf(HttpMethod method, string path) =>
        [.. BodiesOf(method, path).Select(body => string.IsNullOrEmpty(body) ? null : JsonNode.Parse(body))];

    /// <summary>Refuses <paramref name="path"/> with an RFC 7807 problem naming fields.</summary>
    public FakeApi Refuse(HttpMethod method, string path, HttpStatusCode status, string title, Dictionary<string, string[]>? errors = null) =>
        On(method, path, _ => Problem(status, title, errors));

    /// <summary>Answers <paramref name="path"/> with bytes (a page image, a document).</summary>
    public FakeApi Bytes(HttpMethod method, string path, byte[] bytes, string mediaType) =>
        On(method, path, _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(bytes) { Headers = { ContentType = new(mediaType) } } });

    /// <summary>The bodies sent to <paramref name="path"/> (without its query).</summary>
    public IEnumerable<string?> BodiesOf(HttpMethod method, string path) =>
        Sent.Where(request => request.Method == method && request.Path == path).Select(request => request.Body);

    /// <summary>A session signed in as a demo user holding the given role.</summary>
    public async Task<AuthSession> SignedIn(string role)
    {
        On(HttpMethod.Post, "/api/auth/token", new TokenResponse("token", "Bearer", 3600, "refresh", DateTimeOffset.UtcNow.AddHours(12), role, role, [role]));
        On(HttpMethod.Get, "/api/me", new Me(role, role, [role]));
        var session = new AuthSession(new MemoryTokens(), TimeProvider.System);
        await session.SignIn(Client, role, "password");
        return session;
    }

    /// <summary>An RFC 7807 validation problem naming fields, as the API sends it.</summary>
    public static HttpResponseMessage Problem(HttpStatusCode status, string title, Dictionary<string, string[]>? errors = null) => new(status)
    {
        Content = new StringContent(JsonSerializer.Serialize(new { type = "urn:test", title, status = (int)status, errors }, DexFlowJson.Options),
            Encoding.UTF8, "application/problem+json"),
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var path = request.RequestUri!.AbsolutePath;
        var headers = request.Headers.ToDictionary(header => header.Key, header => string.Join(",", header.Value), StringComparer.OrdinalIgnoreCase);
        var message = new SentRequest(request.Method, path, request.RequestUri.Query, headers, body);
        lock (sent)
        {
            sent.Add(message);
        }

        var route = routes.FirstOrDefault(route => route.Method == request.Method
            && (route.Path.Contains('?') ? route.Path == path + request.RequestUri.Query : route.Path == path));
        return route.Answer is null
            ? Problem(HttpStatusCode.NotFound, $"No fake for {request.Method} {path}.")
            : await route.Answer(message);
    }
}

public sealed record SentRequest(HttpMethod Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string? Body)
{
    public JsonObject Json => JsonNode.Parse(Body ?? "null")?.AsObject() ?? throw new InvalidOperationException($"{Method} {Path} had no JSON body.");

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public string? IfMatch => Header("If-Match");
}

public sealed class MemoryTokens : ITokenStore
{
    private readonly Dictionary<string, string> tokens = [];

    public ValueTask<string?> Get(string key) => ValueTask.FromResult(tokens.GetValueOrDefault(key));

    public ValueTask Set(string key, string value)
    {
        tokens[key] = value;
        return ValueTask.CompletedTask;
    }

    public ValueTask Remove(string key)
    {
        tokens.Remove(key);
        return ValueTask.CompletedTask;
    }
}
