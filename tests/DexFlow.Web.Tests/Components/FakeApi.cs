using System.Net;
using System.Text;
using System.Text.Json;
using DexFlow.Web.Api;
using DexFlow.Web.Auth;

namespace DexFlow.Web.Tests.Components;

/// <summary>
/// DexFlow's REST API as a component test needs it: answers set per method and path (the query ignored), and every
/// request kept with its body, so a test can check what a page sent.
/// </summary>
public sealed class FakeApi : HttpMessageHandler
{
    private readonly Dictionary<(HttpMethod, string), Func<HttpRequestMessage, HttpResponseMessage>> answers = [];

    public List<(HttpMethod Method, string PathAndQuery, string? Body, string? IfMatch)> Requests { get; } = [];

    public DexFlowClient Client => new(new HttpClient(this) { BaseAddress = new Uri("http://dexflow.test/") });

    public FakeApi Answer(HttpMethod method, string path, object body, HttpStatusCode status = HttpStatusCode.OK) =>
        Answer(method, path, _ => Json(body, status));

    public FakeApi Answer(HttpMethod method, string path, Func<HttpRequestMessage, HttpResponseMessage> answer)
    {
        answers[(method, path)] = answer;
        return this;
    }

    /// <summary>A problem (RFC 7807) as the API sends it.</summary>
    public static HttpResponseMessage Problem(object problem, HttpStatusCode status) =>
        new(status) { Content = new StringContent(JsonSerializer.Serialize(problem, DexFlowJson.Options), Encoding.UTF8, "application/problem+json") };

    public static HttpResponseMessage Json(object body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(JsonSerializer.Serialize(body, DexFlowJson.Options), Encoding.UTF8, "application/json") };

    /// <summary>A session signed in as a demo user holding the given role.</summary>
    public async Task<AuthSession> SignedIn(string role)
    {
        Answer(HttpMethod.Post, "/api/auth/token", new TokenResponse("token", "Bearer", 3600, role, role, [role]));
        Answer(HttpMethod.Get, "/api/me", new Me(role, role, [role]));
        var session = new AuthSession(new MemoryTokens());
        await session.SignIn(Client, role, "password");
        return session;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add((request.Method, request.RequestUri!.PathAndQuery, body, request.Headers.IfMatch.ToString() is { Length: > 0 } tag ? tag : null));
        return answers.TryGetValue((request.Method, request.RequestUri.AbsolutePath), out var answer)
            ? answer(request)
            : Problem(new { title = "Not found.", status = 404 }, HttpStatusCode.NotFound);
    }

    private sealed class MemoryTokens : ITokenStore
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
}
