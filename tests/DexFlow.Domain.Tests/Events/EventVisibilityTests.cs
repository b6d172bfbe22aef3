using DexFlow.Contracts.Events;
using DexFlow.Grains.Events;
using static DexFlow.Domain.Tests.Orders.OrderTestData;

namespace DexFlow.Domain.Tests.Events;

/// <summary>An event reaches exactly those who may read the history entry it is.</summary>
public sealed class EventVisibilityTests
{
    [Fact]
    public void A_qa_rejection_reaches_the_orders_manager_accounting_qa_and_administrators_but_not_other_managers_planners_or_clerks()
    {
        var rejection = Order("RejectQa", "AdjustmentsRequired");

        Assert.Equal(
            [("mia", true), ("max", false), ("alex", true), ("quinn", true), ("pat", false), ("cleo", false), ("ada", true), ("aud", true)],
            new[] { Mia, Max, Alex, Quinn, Pat, Cleo, Ada, Aud }.Select(caller => (caller.UserId, EventVisibility.CanSee(caller, rejection))));
    }

    [Fact]
    public void A_missed_deadline_reaches_everyone_whose_stage_it_is()
    {
        var review = Order("FlagDeadline", "InReview");
        var planning = Order("FlagDeadline", "Approved");

        Assert.Equal([true, true, true, false], new[] { Mia, Alex, Quinn, Pat }.Select(caller => EventVisibility.CanSee(caller, review)));
        Assert.True(EventVisibility.CanSee(Pat, planning));
    }

    [Fact]
    public void A_parcel_waiting_for_a_clerk_reaches_clerks_and_its_submitter_and_a_routed_one_no_longer_reaches_clerks()
    {
        var waiting = Parcel("Route", "ManualIndexing");
        var routed = Parcel("Route", "Routed");

        Assert.Equal([true, true, false, true], new[] { Cleo, Mia, Max, Ada }.Select(caller => EventVisibility.CanSee(caller, waiting)));
        Assert.Equal([false, true], new[] { Cleo, Mia }.Select(caller => EventVisibility.CanSee(caller, routed)));
    }

    [Fact]
    public void A_webhook_disabled_by_dexflow_is_news_for_administrators_and_auditors_only()
    {
        var disabled = Logged(EventVisibility.Webhook, Guid.NewGuid().ToString(), "Disable", "Disabled");

        Assert.Equal([true, true, false, false, false], new[] { Ada, Aud, Mia, Cleo, Alex }.Select(caller => EventVisibility.CanSee(caller, disabled)));
    }

    private static LoggedEvent Order(string action, string stage) => Logged(EventVisibility.Order, "2026-000001", action, stage) with { ManagerId = "mia", ReachedReview = true };

    private static LoggedEvent Parcel(string action, string stage) => Logged(EventVisibility.Parcel, "upload/1", action, stage) with { SubmittedBy = "mia" };

    private static LoggedEvent Logged(string kind, string subject, string action, string stage) => new(
        new DomainEvent(1, "1-1", $"{kind}.{action}", kind, subject, 3, DateTimeOffset.UnixEpoch, "someone", "Someone", stage, stage, null),
        new EventPosition(1, 1), action, null, false, [], null);
}
