using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using DexFlow.Web.Api;
using DexFlow.Web.Auth;

namespace DexFlow.Web.Tests.Components;

/// <summary>
/// DexFlow's REST API as a page under test sees it: answers set per method and path, and every request kept (with its
/// JSON body) so that a test can check what the page sent.
/// </summary>
public sealed class FakeApi : HttpMessageHandler
{
    private readonly Dictionary<(string Method, string Path), Func<JsonNode?, (HttpStatusCode Status, string Json)>> answers = [];

    public List<(string Method, string Path, JsonNode? Body)> Requests { get; } = [];

    public FakeApi Answer(string method, string path, string json, HttpStatusCode status = HttpStatusCode.OK) =>
        Answer(method, path, _ => (status, json));

    public FakeApi Answer(string method, string path, Func<JsonNode?, (HttpStatusCode Status, string Json)> answer)
    {
        answers[(method, path)] = answer;
        return this;
    }

    /// <summary>The bodies the page sent with <paramref name="method"/> to <paramref name="path"/>, oldest first.</summary>
    public IReadOnlyList<JsonNode?> Sent(string method, string path) =>
        [.. Requests.Where(request => request.Method == method && request.Path == path).Select(request => request.Body)];

    /// <summary>A client of this fake and a session signed in with <paramref name="roles"/>.</summary>
    public async Task<(DexFlowClient Client, AuthSession Session)> SignedIn(params string[] roles)
    {
        var rolesJson = string.Join(",", roles.Select(role => $"\"{role}\""));
        Answer("POST", "/api/auth/token", $$"""{"accessToken":"t","tokenType":"Bearer","expiresIn":3600,"userId":"u1","displayName":"Test","roles":[{{rolesJson}}]}""");
        Answer("GET", "/api/me", $$"""{"userId":"u1","displayName":"Test","roles":[{{rolesJson}}]}""");
        var client = new DexFlowClient(new HttpClient(this) { BaseAddress = new Uri("http://dexflow.test/") });
        var session = new AuthSession(new MemoryTokens());
        await session.SignIn(client, "test", "secret");
        return (client, session);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var text = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var body = string.IsNullOrEmpty(text) ? null : JsonNode.Parse(text);
        var key = (request.Method.Method, request.RequestUri!.AbsolutePath);
        Requests.Add((key.Method, key.AbsolutePath, body));
        if (!answers.TryGetValue(key, out var answer))
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound)
            {
                Content = new StringContent("""{"title":"Not found in the fake.","status":404}""", Encoding.UTF8, "application/problem+json"),
            };
        }

        var (status, json) = answer(body);
        var mediaType = (int)status >= 400 ? "application/problem+json" : "application/json";
        return new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, mediaType) };
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
