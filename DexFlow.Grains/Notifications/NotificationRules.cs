using DexFlow.Contracts.Security;
using DexFlow.Grains.Events;
using DexFlow.Grains.Parcels;

namespace DexFlow.Grains.Notifications;

/// <summary>
/// Who is told of an event: the recipients its rules name, who may see the event (<see cref="EventVisibility"/>),
/// did not do it themselves, and have not muted its type.
/// </summary>
public sealed class NotificationRules
{
    public const string OrderManager = "OrderManager";
    public const string Submitter = "Submitter";

    /// <summary>
    /// A rejection goes to the order's manager; a missed deadline to whoever works the stage it was missed in and the
    /// administrators (visibility narrows the roles to those who see the order then); a parcel waiting too long to the
    /// clerks; a webhook DexFlow disabled to the administrators.
    /// </summary>
    public static IReadOnlyList<NotificationRule> Defaults { get; } =
    [
        new() { EventType = "Order.RejectQa", To = [OrderManager] },
        new() { EventType = "Order.RejectAccounting", To = [OrderManager] },
        new() { EventType = "Order.FlagDeadline", To = [nameof(Roles.Accountant), nameof(Roles.QA), nameof(Roles.Planner), nameof(Roles.Administrator)] },
        new() { EventType = $"{EventVisibility.Parcel}.{WaitingParcels.WaitTooLong}", To = [nameof(Roles.Clerk)] },
        new() { EventType = $"{EventVisibility.Webhook}.{EventTypes.Disable}", To = [nameof(Roles.Administrator)] },
    ];

    private readonly IReadOnlyList<NotificationRule> _rules;

    public NotificationRules(IReadOnlyList<NotificationRule> rules)
    {
        _rules = rules.Count > 0 ? rules : Defaults;
        foreach (var rule in _rules)
        {
            EventTypes.Check([rule.EventType], "rules");
            var unknown = rule.To.Where(to => to != OrderManager && to != Submitter && RoleNames.Parse([to]) == Roles.None).ToArray();
            if (rule.To.Length == 0 || unknown.Length > 0)
            {
                throw new ArgumentException($"The notification rule for {rule.EventType} names no recipient, or one that is neither a role, "
                                            + $"{OrderManager} nor {Submitter}: {string.Join(", ", unknown)}");
            }
        }
    }

    public IEnumerable<Subscriber> Recipients(LoggedEvent logged, IReadOnlyList<Subscriber> subscribers)
    {
        var to = _rules.Where(rule => EventTypes.Wants([rule.EventType], logged.Event.Type)).SelectMany(rule => rule.To).ToHashSet();
        if (to.Count == 0)
        {
            return [];
        }

        var roles = RoleNames.Parse(to);
        return subscribers.Where(subscriber =>
            subscriber.Caller.UserId != logged.Event.ActorId
            && (subscriber.Caller.Has(roles)
                || (to.Contains(OrderManager) && subscriber.Caller.UserId == logged.ManagerId)
                || (to.Contains(Submitter) && subscriber.Caller.UserId == logged.SubmittedBy))
            && !EventTypes.Wants(subscriber.Muted, logged.Event.Type)
            && EventVisibility.CanSee(subscriber.Caller, logged));
    }

    /// <summary>When a digest made now goes out: the next whole multiple of <paramref name="every"/> since midnight UTC.</summary>
    public static DateTimeOffset NextDigest(DateTimeOffset now, TimeSpan every)
    {
        var midnight = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var periods = Math.Floor((now - midnight) / every) + 1;
        return midnight + (every * periods);
    }
}
