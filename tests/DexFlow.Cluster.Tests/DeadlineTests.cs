using DexFlow.Contracts.Inbox;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Commands;
using DexFlow.Contracts.Orders.Views;
using DexFlow.Grains.Deadlines;
using DexFlow.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using static DexFlow.Cluster.Tests.People;

namespace DexFlow.Cluster.Tests;

/// <summary>A cluster whose deadlines are judged by a clock the test moves; everything else keeps real time.</summary>
public sealed class DeadlineClusterFixture : ClusterFixture
{
    public WatchedClock Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureSilo(IHostApplicationBuilder host)
    {
        host.Services.AddSingleton(new DeadlineClock(Clock));
        host.Services.Configure<DeadlineOptions>(options => options.CheckPeriod = TimeSpan.FromSeconds(1));
    }
}

/// <summary>
/// A fake clock that counts its readings. Only the deadline check reads it, once per run, so a test can wait for a
/// check that saw the time it set instead of sleeping and hoping one ran.
/// </summary>
public sealed class WatchedClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private int _readings;

    public int Readings => Volatile.Read(ref _readings);

    public override DateTimeOffset GetUtcNow()
    {
        Interlocked.Increment(ref _readings);
        return base.GetUtcNow();
    }
}

public sealed class DeadlineTests(DeadlineClusterFixture fixture) : IClassFixture<DeadlineClusterFixture>
{
    [Fact]
    public async Task An_overdue_review_is_flagged_on_the_order_and_in_the_inbox_repeated_daily_and_cleared_when_the_order_moves()
    {
        var created = (await fixture.Client.GetGrain<IOrderDeskGrain>(0).Create(Mia, NewOrder($"Deadline {Guid.NewGuid():N}"), null)).Order;
        var order = fixture.Client.GetGrain<IOrderGrain>(created.Number);
        await order.Execute(Mia, new SubmitOrder(), null);
        await WaitFor(created.Number, view => view.Stage == OrderStage.InReview, "review");

        // Nothing is flagged while the review is within its two working days.
        fixture.Clock.Advance(TimeSpan.FromHours(20));
        await ACheckRan();
        Assert.Null((await order.Get(Ada)).Deadline);

        // Five days on (at least two working days whatever the weekday): flagged, with the wait and its due time.
        fixture.Clock.Advance(TimeSpan.FromDays(5));
        var flagged = await WaitFor(created.Number, view => view.Deadline is not null, "the review deadline to be flagged");
        Assert.Equal(("review", 1), (flagged.Deadline!.Waiting, flagged.Deadline.Times));
        await Eventually.Get(async () => (await fixture.Client.GetGrain<IOrderDeskGrain>(0).Inbox(Alex, new InboxQuery(InboxFilter.Overdue, false, 1, 200))).Items,
            items => items.Any(item => item.Reference == created.Number && item.Overdue == "review"), "the accountant's inbox to show the breach");

        // A day later it is flagged again; within the day it is not.
        fixture.Clock.Advance(TimeSpan.FromHours(2));
        await ACheckRan();
        Assert.Equal(1, (await order.Get(Ada)).Deadline!.Times);
        fixture.Clock.Advance(TimeSpan.FromDays(1));
        await WaitFor(created.Number, view => view.Deadline?.Times == 2, "the breach to be flagged a second time");

        // The review moves on: the flag is gone, and the audit trail kept each flag.
        await order.Execute(Quinn, new ReviewOrder(ReviewSide.Qa, false, ["Bleed missing"]), null);
        var moved = await order.Get(Ada);
        Assert.Null(moved.Deadline);
        Assert.Equal(2, (await order.History(Ada)).Count(entry => entry.Action == OrderAction.FlagDeadline));
    }

    /// <summary>
    /// Waits until the deadline check has run on the clock as it is now. The check is a turn of the order grain, so a
    /// read of the order queued after it sees what the check decided.
    /// </summary>
    private async Task ACheckRan()
    {
        var before = fixture.Clock.Readings;
        await Eventually.Get(() => Task.FromResult(fixture.Clock.Readings), readings => readings > before, "a deadline check");
    }

    private Task<OrderView> WaitFor(string number, Func<OrderView, bool> until, string what) =>
        Eventually.Get(() => fixture.Client.GetGrain<IOrderGrain>(number).Get(Ada), until, what);
}
