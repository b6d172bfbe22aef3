using System.Text.Json.Nodes;

namespace DexFlow.Testing;

/// <summary>
/// A plain HTTP client on <c>GET /api/events</c>: it reads the server-sent events as they come and keeps them, with
/// their ids, for a test to wait for.
/// </summary>
public sealed class EventStreamClient : IAsyncDisposable
{
    private readonly List<(string Id, string Type, JsonObject Data)> _received = [];
    private readonly HttpResponseMessage _response;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reading;

    private EventStreamClient(HttpResponseMessage response)
    {
        _response = response;
        _reading = Read();
    }

    /// <summary>Connects as <paramref name="client"/>'s user, resuming after <paramref name="lastEventId"/> when given.</summary>
    public static async Task<EventStreamClient> Connect(DexFlowHttpClient client, string? lastEventId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/events");
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        var response = await client.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return new EventStreamClient(response);
    }

    public IReadOnlyList<(string Id, string Type, JsonObject Data)> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>Waits for an event that matches, and returns it with every event received before it.</summary>
    public async Task<(string Id, string Type, JsonObject Data)> WaitFor(Func<string, JsonObject, bool> match, string waitingFor) =>
        (await Eventually.Get(() => Task.FromResult(Received), events => events.Any(item => match(item.Type, item.Data)) || _reading.IsCompleted,
            waitingFor, TimeSpan.FromSeconds(30)))
        .FirstOrDefault(item => match(item.Type, item.Data)) is { Id: not null } found
            ? found
            : throw new InvalidOperationException($"The stream ended before {waitingFor}: {await Ended()}");

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _response.Dispose();
        await Ended();
    }

    private async Task<string> Ended()
    {
        try
        {
            await _reading;
            return "it closed";
        }
        catch (Exception exception)
        {
            return exception.Message;
        }
    }

    private async Task Read()
    {
        try
        {
            using var reader = new StreamReader(await _response.Content.ReadAsStreamAsync(_stop.Token));
            string? id = null, type = null, data = null;
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.Length == 0)
                {
                    if (data is not null)
                    {
                        lock (_received)
                        {
                            _received.Add((id ?? "", type ?? "message", JsonNode.Parse(data)!.AsObject()));
                        }
                    }

                    (id, type, data) = (null, null, null);
                }
                else if (line.StartsWith("id: ", StringComparison.Ordinal))
                {
                    id = line[4..];
                }
                else if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    type = line[7..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data = line[6..];
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
    }
}
