using DexFlow.Contracts.Events;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Events;
using DexFlow.Grains.Notifications;
using static DexFlow.Domain.Tests.Orders.OrderTestData;

namespace DexFlow.Domain.Tests.Notifications;

/// <summary>Who is told of what by e-mail, and what they read.</summary>
public sealed class NotificationRulesTests
{
    private static readonly Caller[] Everyone = [Mia, Max, Alex, Quinn, Pat, Cleo, Ada, Aud];

    private readonly NotificationRules _defaults = new([]);

    [Fact]
    public void A_rejection_is_for_the_orders_manager_alone_and_never_for_who_rejected()
    {
        var rejected = Order("RejectQa", "AdjustmentsRequired", actor: "quinn");

        Assert.Equal(["mia"], Told(_defaults, rejected));
        Assert.Empty(Told(_defaults, Order("RejectQa", "AdjustmentsRequired", actor: "mia")));
    }

    [Fact]
    public void A_missed_deadline_is_for_those_who_see_the_order_in_its_stage_among_the_named_roles_and_the_administrators()
    {
        Assert.Equal(["alex", "quinn", "ada"], Told(_defaults, Order("FlagDeadline", "InReview", actor: "dexflow")));
        Assert.Contains("pat", Told(_defaults, Order("FlagDeadline", "Approved", actor: "dexflow")));
    }

    [Fact]
    public void A_parcel_waiting_too_long_is_for_the_clerks_and_events_no_rule_names_are_for_nobody()
    {
        var waiting = Logged("Parcel", "upload/7", "WaitTooLong", "ManualIndexing", "dexflow");

        Assert.Equal(["cleo"], Told(_defaults, waiting));
        Assert.Empty(Told(_defaults, Order("Edit", "Draft", actor: "mia")));
    }

    [Fact]
    public void A_muted_type_is_not_told_and_configured_rules_replace_the_defaults()
    {
        var rules = new NotificationRules([new NotificationRule { EventType = "Order.*", To = ["Manager", NotificationRules.OrderManager] }]);
        var muted = Subscribers().Select(subscriber => subscriber.Caller.UserId == "max" ? subscriber with { Muted = ["Order.Create"] } : subscriber).ToArray();

        // Managers see only their own orders: the rule's Manager role reaches Max only on his.
        Assert.Equal(["mia"], Told(rules, Order("Create", "Draft", actor: "ada")));
        Assert.Empty(rules.Recipients(Order("Create", "Draft", actor: "ada") with { ManagerId = "max" }, muted));
        Assert.Empty(Told(rules, Order("FlagDeadline", "InReview", actor: "dexflow") with { ManagerId = "nobody" }));
    }

    [Theory]
    [InlineData("Order.Explode", "Manager")]
    [InlineData("Order.*", "Somebody")]
    [InlineData("Order.*", null)]
    public void A_rule_that_names_an_unknown_type_or_recipient_is_refused(string type, string? to) =>
        Assert.ThrowsAny<Exception>(() => new NotificationRules([new NotificationRule { EventType = type, To = to is null ? [] : [to] }]));

    [Fact]
    public void Digests_go_at_the_next_whole_period_of_the_day()
    {
        var at = new DateTimeOffset(2026, 12, 3, 10, 38, 0, TimeSpan.Zero);

        Assert.Equal(at.Date.AddHours(11), NotificationRules.NextDigest(at, TimeSpan.FromHours(1)).UtcDateTime);
        Assert.Equal(at.Date.AddHours(11), NotificationRules.NextDigest(at.Date.AddHours(10), TimeSpan.FromHours(1)).UtcDateTime);
        Assert.Equal(at.Date.AddHours(12), NotificationRules.NextDigest(at, TimeSpan.FromHours(4)).UtcDateTime);
    }

    [Fact]
    public void A_message_names_the_subject_what_happened_who_did_it_the_summary_and_a_link_and_a_digest_counts_its_events()
    {
        var rejection = Order("RejectQa", "AdjustmentsRequired", actor: "quinn").Event with { Summary = "Bleed missing", ActorName = "Quinn Inspector" };
        var single = NotificationMail.Compose("DexFlow <dexflow@shop.test>", "https://app.shop.test/", "mia", "Mia Manager", "mia@shop.test", [rejection]);

        Assert.Equal("[DexFlow] Order 2026-000001: rejected by QA", single.Subject);
        Assert.Contains("by Quinn Inspector", single.TextBody);
        Assert.Contains("now adjustments required", single.TextBody);
        Assert.Contains("Bleed missing", single.TextBody);
        Assert.Contains("https://app.shop.test/orders/2026-000001", single.TextBody);
        Assert.Equal("dexflow.1.mia@shop.test", single.MessageId);
        Assert.Equal("auto-generated", single.Headers["Auto-Submitted"]);

        var digest = NotificationMail.Compose("DexFlow <dexflow@shop.test>", null, "mia", "Mia Manager", "mia@shop.test",
            [rejection, rejection with { Id = 2, Subject = "2026-000002", Type = "Order.RejectAccounting" }]);
        Assert.Equal("[DexFlow] 2 updates", digest.Subject);
        Assert.Contains("Order 2026-000002: rejected by accounting", digest.TextBody);
        Assert.DoesNotContain("https://", digest.TextBody);
    }

    private static string[] Told(NotificationRules rules, LoggedEvent logged) =>
        [.. rules.Recipients(logged, Subscribers()).Select(subscriber => subscriber.Caller.UserId)];

    private static Subscriber[] Subscribers() => [.. Everyone.Select(caller => new Subscriber(caller, $"{caller.UserId}@shop.test", false, []))];

    private static LoggedEvent Order(string action, string stage, string actor) =>
        Logged("Order", "2026-000001", action, stage, actor) with { ManagerId = "mia", ReachedReview = true };

    private static LoggedEvent Logged(string kind, string subject, string action, string stage, string actor) => new(
        new DomainEvent(1, "1-1", $"{kind}.{action}", kind, subject, 3, DateTimeOffset.UnixEpoch, actor, actor, stage, stage, null),
        new EventPosition(1, 1), action, null, false, [], null);
}
