using DexFlow.Grains.Events;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DexFlow.Grains.Webhooks;

/// <summary>
/// Follows the event log with a cursor of its own (<see cref="EventCursors"/>): each batch of events becomes one
/// delivery per webhook that wants it, in the transaction that moves the cursor, so a crash neither loses an event nor
/// makes a second delivery of it. Then it attempts the deliveries that are due, a few at a time, and settles each by
/// its answer: delivered, tried again later (<see cref="RetrySchedule"/>), or given up after the retry window, which
/// disables the webhook with an event of its own.
/// </summary>
public sealed partial class WebhookDispatcherGrain(
    EventCursors cursors,
    EventLog log,
    NpgsqlDataSource db,
    WebhookDeliveries deliveries,
    WebhookSender sender,
    IOptions<WebhookOptions> options,
    TimeProvider time,
    ILogger<WebhookDispatcherGrain> logger) : Grain, IWebhookDispatcherGrain, IRemindable
{
    // A claimed delivery is not due again until its attempt has surely ended, answered or not.
    private TimeSpan Lease => (options.Value.Timeout * 2) + TimeSpan.FromSeconds(5);

    private RetrySchedule Schedule => new(options.Value);

    private readonly EventFollower _follower = new(WebhookDeliveries.Consumer, cursors, log, db);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var period = options.Value.Period;
        this.RegisterGrainTimer(Dispatch, new GrainTimerCreationOptions(period, period) { KeepAlive = true });
        await this.RegisterOrUpdateReminder("dispatch", options.Value.KeepAlivePeriod, options.Value.KeepAlivePeriod);
    }

    public Task Start() => Task.CompletedTask;

    public Task ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;

    private async Task Dispatch(CancellationToken cancellationToken)
    {
        try
        {
            await _follower.CatchUp(WebhookDeliveries.Make, cancellationToken);
            await AttemptDue(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The next tick tries again: the cursor and the deliveries are where the last commit left them.
            LogDispatchFailed(exception);
        }
    }

    private async Task AttemptDue(CancellationToken cancellationToken)
    {
        // A few rounds per tick at most, so that new events are fanned out between them.
        for (var round = 0; round < 4 && !cancellationToken.IsCancellationRequested; round++)
        {
            var due = await deliveries.Claim(options.Value.MaxInFlight, Lease);
            await Task.WhenAll(due.Select(delivery => Attempt(delivery, cancellationToken)));
            if (due.Length < options.Value.MaxInFlight)
            {
                return;
            }
        }
    }

    private async Task Attempt(DueDelivery delivery, CancellationToken cancellationToken)
    {
        var outcome = await sender.Send(delivery, cancellationToken);
        if (outcome.Delivered)
        {
            await deliveries.Delivered(delivery, outcome.StatusCode!.Value);
            return;
        }

        var error = outcome.Error!;
        if (outcome.Gone)
        {
            await deliveries.GiveUp(delivery, outcome.StatusCode, error, "The endpoint answered 410 Gone: it takes no more deliveries.");
            return;
        }

        var wait = Schedule.After(delivery.Attempt, Random.Shared.NextDouble());
        if (Schedule.GivesUp(delivery.CreatedAt, time.GetUtcNow() + wait))
        {
            await deliveries.GiveUp(delivery, outcome.StatusCode, error,
                $"Event {delivery.EventId} could not be delivered within {options.Value.RetryFor} ({delivery.Attempt} attempts; the last: {error})");
            return;
        }

        await deliveries.Retry(delivery, outcome.StatusCode, error, wait);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dispatching webhook deliveries failed; trying again")]
    private partial void LogDispatchFailed(Exception exception);
}
