using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Orders;

namespace DexFlow.Domain.Tests.Orders;

public sealed class OrderInboxTests
{
    [Theory]
    [InlineData(OrderStage.Draft, ReviewOutcome.Pending, ReviewOutcome.Pending, Roles.Manager)]
    [InlineData(OrderStage.AdjustmentsRequired, ReviewOutcome.Rejected, ReviewOutcome.Pending, Roles.Manager)]
    [InlineData(OrderStage.InReview, ReviewOutcome.Pending, ReviewOutcome.Pending, Roles.Accountant | Roles.QA)]
    [InlineData(OrderStage.InReview, ReviewOutcome.Approved, ReviewOutcome.Pending, Roles.QA)]
    [InlineData(OrderStage.Approved, ReviewOutcome.Approved, ReviewOutcome.Approved, Roles.Planner)]
    [InlineData(OrderStage.Scheduled, ReviewOutcome.Approved, ReviewOutcome.Approved, Roles.Operator)]
    [InlineData(OrderStage.Submitted, ReviewOutcome.Pending, ReviewOutcome.Pending, Roles.None)]
    [InlineData(OrderStage.Archived, ReviewOutcome.Approved, ReviewOutcome.Approved, Roles.None)]
    public void An_order_waits_for_whoever_must_act_next(OrderStage stage, ReviewOutcome accounting, ReviewOutcome qa, Roles expected)
    {
        Assert.Equal(expected, OrderInbox.AwaitedRoles(new OrderFacts(stage, accounting, qa, false)));
    }

    [Fact]
    public void Processing_that_gave_up_waits_for_an_administrator()
    {
        var facts = new OrderFacts(OrderStage.Processing, ReviewOutcome.Pending, ReviewOutcome.Pending, ProcessingGaveUp: true);

        Assert.Equal(Roles.Administrator, OrderInbox.AwaitedRoles(facts));
        Assert.Equal("Processing gave up: check the error and retry", OrderInbox.TaskFor(Roles.Administrator, facts));
    }

    [Fact]
    public void Each_reviewer_is_told_their_own_task()
    {
        var facts = new OrderFacts(OrderStage.InReview, ReviewOutcome.Pending, ReviewOutcome.Pending, false);

        Assert.Equal("Review the price sheet", OrderInbox.TaskFor(Roles.Accountant, facts));
        Assert.Equal("Validate the order against the QA checklist", OrderInbox.TaskFor(Roles.QA, facts));
        Assert.Null(OrderInbox.TaskFor(Roles.Planner, facts));
    }
}
