using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DexFlow.Testing;

/// <summary>A POST a webhook endpoint received: the headers DexFlow documents, the body as sent, and the answer given.</summary>
public sealed record ReceivedDelivery(string Path, long EventId, string EventType, int Attempt, string Signature, string Body, int Answered)
{
    public JsonElement Event => JsonDocument.Parse(Body).RootElement;

    /// <summary>
    /// Checks the signature as a receiver would, from the documentation: <c>t=&lt;seconds&gt;,v1=&lt;hex&gt;</c>, the HMAC-SHA256
    /// of <c>"t.body"</c> under the secret, and the time within five minutes of now.
    /// </summary>
    public bool IsSignedWith(string secret)
    {
        var parts = Signature.Split(',').Select(part => part.Split('=', 2)).Where(pair => pair.Length == 2).ToDictionary(pair => pair[0], pair => pair[1]);
        if (!parts.TryGetValue("t", out var timestamp) || !parts.TryGetValue("v1", out var mac)
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - seconds) > 300)
        {
            return false;
        }

        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var expected = hmac.ComputeHash(Encoding.UTF8.GetBytes($"{timestamp}.{Body}"));
        return CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(mac));
    }
}

/// <summary>
/// Webhook endpoints over real HTTP on 127.0.0.1: every POST to any path is recorded and answered with what
/// <see cref="Answer"/> says for it (200 unless a test says otherwise), so a test can make an endpoint fail, recover or go.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    /// <summary>The host the test cluster lets webhooks call although it is loopback.</summary>
    public const string Host = "127.0.0.1";

    private readonly ConcurrentQueue<ReceivedDelivery> _received = new();
    private WebApplication _app = null!;

    private WebhookReceiver()
    {
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The status code to answer a delivery with, given the path and the attempt's number.</summary>
    public Func<string, int, int> Answer { get; set; } = (_, _) => StatusCodes.Status200OK;

    /// <summary>How long the endpoint takes to answer, after it has recorded what it received.</summary>
    public TimeSpan Delay { get; set; }

    public IReadOnlyCollection<ReceivedDelivery> Received => _received;

    public IEnumerable<ReceivedDelivery> At(string path) => _received.Where(delivery => delivery.Path == path);

    public string Url(string path) => new Uri(BaseAddress, path).AbsoluteUri;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{Host}:0");
        var app = builder.Build();
        app.MapPost("/{**path}", receiver.Receive);
        await app.StartAsync();
        receiver._app = app;
        receiver.BaseAddress = new Uri(app.Urls.Single());
        return receiver;
    }

    private async Task Receive(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = http.Request.Headers;
        var path = http.Request.Path.Value!;
        var attempt = int.Parse(headers["DexFlow-Delivery-Attempt"].ToString(), CultureInfo.InvariantCulture);
        var status = Answer(path, attempt);
        _received.Enqueue(new ReceivedDelivery(path, long.Parse(headers["DexFlow-Event-Id"].ToString(), CultureInfo.InvariantCulture),
            headers["DexFlow-Event-Type"].ToString(), attempt, headers["DexFlow-Signature"].ToString(), body, status));
        await Task.Delay(Delay, http.RequestAborted);
        http.Response.StatusCode = status;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
