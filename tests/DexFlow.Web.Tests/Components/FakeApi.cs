using System.Net;
using System.Text;
using System.Text.Json;
using DexFlow.Web.Api;

namespace DexFlow.Web.Tests.Components;

/// <summary>
/// The API as components see it through <see cref="DexFlowClient"/>: answers given per method and path (query
/// included), every request kept with its body so that a test can check what a component sent.
/// </summary>
public sealed class FakeApi : HttpMessageHandler
{
    private readonly Dictionary<string, Func<HttpResponseMessage>> answers = [];

    public List<(HttpMethod Method, string Path, string? Body)> Requests { get; } = [];

    public DexFlowClient Client() => new(new HttpClient(this) { BaseAddress = new Uri("http://dexflow.test/") });

    /// <summary>Answers <paramref name="method"/> <paramref name="path"/> (as the client sends it, without the leading slash) with JSON.</summary>
    public FakeApi Answer(HttpMethod method, string path, object body, HttpStatusCode status = HttpStatusCode.OK)
    {
        answers[$"{method} {path}"] = () => new HttpResponseMessage(status)
        {
            Content = new StringContent(JsonSerializer.Serialize(body, DexFlowJson.Options), Encoding.UTF8, "application/json"),
        };
        return this;
    }

    /// <summary>Refuses with an RFC 7807 problem.</summary>
    public FakeApi Refuse(HttpMethod method, string path, HttpStatusCode status, string title, Dictionary<string, string[]>? errors = null)
    {
        answers[$"{method} {path}"] = () => new HttpResponseMessage(status)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { type = "urn:dexflow:problem:test", title, status = (int)status, errors }),
                Encoding.UTF8, "application/problem+json"),
        };
        return this;
    }

    public FakeApi Bytes(HttpMethod method, string path, byte[] bytes, string mediaType)
    {
        answers[$"{method} {path}"] = () => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new ByteArrayContent(bytes) { Headers = { ContentType = new(mediaType) } },
        };
        return this;
    }

    public IEnumerable<string?> BodiesOf(HttpMethod method, string path) =>
        Requests.Where(request => request.Method == method && request.Path == path).Select(request => request.Body);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.PathAndQuery.TrimStart('/');
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add((request.Method, path, body));
        return answers.TryGetValue($"{request.Method} {path}", out var answer)
            ? answer()
            : new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("") };
    }
}
