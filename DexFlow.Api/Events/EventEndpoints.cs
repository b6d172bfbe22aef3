using System.Text.Json;
using DexFlow.Api.Auth;
using DexFlow.Contracts.Events;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace DexFlow.Api.Events;

/// <summary>
/// What happens to orders and parcels, live, as server-sent events: each event the signed-in user may see, as it is
/// committed. A client that reconnects sends the id of the last event it received (Last-Event-ID) and gets what it
/// missed first.
/// </summary>
public static class EventEndpoints
{
    /// <summary>How long a silo is asked to wait for an event; a comment keeps the connection alive in between.</summary>
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    public static IEndpointRouteBuilder MapEventEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/events", Stream).WithTags("Events").RequireAuthorization().WithName("GetEvents")
            .Produces<DomainEvent>(StatusCodes.Status200OK, "text/event-stream")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithSummary("Server-sent events: what happens to the orders and parcels the signed-in user may see, as it happens.")
            .WithDescription("Each event is one entry of an order's or a parcel's history: `event:` is its type (e.g. Order.RejectQa, "
                             + "Parcel.Route), `id:` its position, `data:` the event as JSON. Send the last id received as the "
                             + "Last-Event-ID header (or the `after` query parameter) to get what happened since; without it the "
                             + "stream starts now. A comment line is sent every 15 seconds when nothing happens.");
        return routes;
    }

    private static async Task Stream(HttpContext http, IGrainFactory grains, IOptions<JsonOptions> json, string? after)
    {
        var caller = http.User.ToCaller();
        var position = http.Request.Headers["Last-Event-ID"].FirstOrDefault() ?? after;
        var live = grains.GetGrain<ILiveEventsGrain>(0);
        // Asked before the response starts: a position DexFlow never gave is a plain 400.
        var next = await live.Next(caller, position, TimeSpan.Zero);

        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        var aborted = http.RequestAborted;
        try
        {
            await http.Response.WriteAsync(": connected\n\n", aborted);
            while (true)
            {
                foreach (var domainEvent in next.Events)
                {
                    var data = JsonSerializer.Serialize(domainEvent, json.Value.SerializerOptions);
                    await http.Response.WriteAsync($"id: {domainEvent.Position}\nevent: {domainEvent.Type}\ndata: {data}\n\n", aborted);
                }

                await http.Response.Body.FlushAsync(aborted);
                position = next.Position;
                try
                {
                    next = await live.Next(caller, position, Wait);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The silo that was asked went away: any other goes on from the position reached.
                    await Task.Delay(TimeSpan.FromSeconds(1), aborted);
                    next = new LiveEvents([], position);
                }

                if (next.Events.IsEmpty)
                {
                    await http.Response.WriteAsync(": waiting\n\n", aborted);
                }
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client went away.
        }
    }
}
