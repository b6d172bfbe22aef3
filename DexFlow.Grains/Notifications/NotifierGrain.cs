using DexFlow.Grains.Events;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DexFlow.Grains.Notifications;

/// <summary>
/// Follows the event log with a cursor of its own: each batch of events becomes one notification per person its
/// rules name (<see cref="NotificationRules"/>), in the transaction that moves the cursor, so that a crash loses no
/// event and no event is ever made into a second e-mail. Then it sends what is due, one message per person: a single
/// event, or all that waited for their digest. A message the server does not take is tried again for a day.
/// </summary>
public sealed partial class NotifierGrain(
    EventCursors cursors,
    EventLog log,
    NpgsqlDataSource db,
    NotificationStore store,
    IOptions<NotificationOptions> options,
    TimeProvider time,
    ILogger<NotifierGrain> logger) : Grain, INotifierGrain, IRemindable
{
    private const int PeoplePerRound = 20;

    private NotificationRules? _rules;
    private readonly EventFollower _follower = new(NotificationStore.Consumer, cursors, log, db);

    private NotificationOptions Options => options.Value;

    // Claimed notifications are not due again until their sending has surely ended, taken or not.
    private TimeSpan Lease => (Options.SendTimeout * 2) + TimeSpan.FromSeconds(5);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Options.Smtp.Host))
        {
            // No mail server: nobody is notified, and nothing piles up to be sent when one is configured.
            return;
        }

        _rules = new NotificationRules(Options.Rules);
        this.RegisterGrainTimer(Notify, new GrainTimerCreationOptions(Options.Period, Options.Period) { KeepAlive = true });
        await this.RegisterOrUpdateReminder("notify", Options.KeepAlivePeriod, Options.KeepAlivePeriod);
    }

    public Task Start() => Task.CompletedTask;

    public Task ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;

    private async Task Notify(CancellationToken cancellationToken)
    {
        try
        {
            var now = time.GetUtcNow();
            var digestAt = NotificationRules.NextDigest(now, Options.DigestEvery);
            await _follower.CatchUp((events, connection, transaction) => NotificationStore.Make(events, _rules!,
                subscriber => subscriber.Digest ? digestAt : now, Options.DigestByDefault, connection, transaction), cancellationToken);
            await SendDue(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The next tick tries again: the cursor and the notifications are where the last commit left them.
            LogNotifyFailed(exception);
        }
    }

    private async Task SendDue(CancellationToken cancellationToken)
    {
        var due = await store.Claim(PeoplePerRound, Lease);
        if (due.IsEmpty)
        {
            return;
        }

        var people = due.GroupBy(notification => notification.UserId).Select(group => group.OrderBy(notification => notification.EventId).ToArray()).ToArray();
        var messages = people.Select(notifications => NotificationMail.Compose(Options.From, Options.WebAddress, notifications[0].UserId,
            notifications[0].DisplayName, notifications[0].Address, [.. notifications.Select(notification => EventJson.Read(notification.Event))])).ToArray();
        var results = await new SmtpMailer(Options.Smtp, Options.SendTimeout).Send(messages, cancellationToken);
        for (var index = 0; index < people.Length; index++)
        {
            await Settle(people[index], results[index]);
        }
    }

    private async Task Settle(DueNotification[] notifications, string? error)
    {
        if (error is null)
        {
            await store.Sent(notifications);
            return;
        }

        var attempts = notifications.Max(notification => notification.Attempts);
        var wait = TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, Math.Min(attempts - 1, 20))));
        // A digest waits up to a digest period before it is first due: the retry window starts then at the latest.
        if (time.GetUtcNow() + wait - notifications.Min(notification => notification.CreatedAt) > Options.RetryFor + Options.DigestEvery)
        {
            await store.GiveUp(notifications, error);
        }
        else
        {
            await store.Retry(notifications, error, wait);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending notifications failed; trying again")]
    private partial void LogNotifyFailed(Exception exception);
}
