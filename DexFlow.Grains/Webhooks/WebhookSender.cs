using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;

namespace DexFlow.Grains.Webhooks;

/// <summary>What an attempt came to: the endpoint's status code, if it answered, and what went wrong, if anything did.</summary>
public sealed record DeliveryOutcome(int? StatusCode, string? Error)
{
    public bool Delivered => Error is null;

    /// <summary>An endpoint that answers 410 Gone says it will never take deliveries again.</summary>
    public bool Gone => StatusCode == 410;
}

/// <summary>
/// Posts deliveries: the event as JSON, signed (<see cref="WebhookSignature"/>), with the event's id and type and the
/// attempt's number in headers, so that a receiver can drop what it already has. Connections go only to addresses
/// <see cref="WebhookHosts"/> allows, checked on the addresses actually connected to; no proxy, no redirects.
/// </summary>
public sealed class WebhookSender : IDisposable
{
    private readonly HttpClient _client;
    private readonly TimeProvider _time;

    public WebhookSender(IOptions<WebhookOptions> options, TimeProvider time)
    {
        var hosts = new WebhookHosts(options.Value);
        _time = time;
        _client = new HttpClient(new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = (context, cancellationToken) => Connect(hosts, context, cancellationToken),
        })
        {
            Timeout = options.Value.Timeout,
        };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("DexFlow-Webhooks/1");
    }

    public async Task<DeliveryOutcome> Send(DueDelivery delivery, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url)
        {
            Content = new StringContent(delivery.Body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(delivery.Secret, _time.GetUtcNow(), delivery.Body));
        request.Headers.Add("DexFlow-Event-Id", delivery.EventId.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("DexFlow-Event-Type", delivery.EventType);
        request.Headers.Add("DexFlow-Delivery-Attempt", delivery.Attempt.ToString(CultureInfo.InvariantCulture));
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var code = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? new DeliveryOutcome(code, null) : new DeliveryOutcome(code, $"The endpoint answered {code}.");
        }
        catch (HttpRequestException exception)
        {
            return new DeliveryOutcome(null, exception.InnerException is RefusedAddressException refused ? refused.Message : $"No answer: {exception.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new DeliveryOutcome(null, "The endpoint did not answer in time.");
        }
    }

    public void Dispose() => _client.Dispose();

    private static async ValueTask<Stream> Connect(WebhookHosts hosts, SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var (host, port) = (context.DnsEndPoint.Host, context.DnsEndPoint.Port);
        var addresses = await hosts.Addresses(host, port, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new RefusedAddressException($"{host} has no public address, and DexFlow:Webhooks:AllowedHosts does not name it.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private sealed class RefusedAddressException(string message) : IOException(message);
}
