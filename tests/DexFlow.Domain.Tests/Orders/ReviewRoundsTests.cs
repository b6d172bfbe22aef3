using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Commands;
using DexFlow.Grains.Orders;
using DexFlow.Grains.Processing;
using static DexFlow.Domain.Tests.Orders.OrderTestData;

namespace DexFlow.Domain.Tests.Orders;

public sealed class ReviewRoundsTests
{
    [Fact]
    public void After_a_resubmission_each_earlier_rounds_decisions_reasons_reviewers_and_times_stay_readable()
    {
        var first = InReview(OrderWorkflow.Create("2026-000001", Mia, CompleteDraft(), null, Now));
        var accounted = OrderWorkflow.Handle(first, Alex, new ReviewOrder(ReviewSide.Accounting, true, ["Margin fine"]), Prices, Now);
        var rejected = OrderWorkflow.Handle(accounted, Quinn, new ReviewOrder(ReviewSide.Qa, false, ["Bleed missing", "Wrong paper"]), Prices, Now.AddHours(1));

        var second = InReview(rejected);
        var review = OrderViews.For(second, Quinn).Review!;

        Assert.Equal([1, 2], review.Rounds.Select(round => round.Revision));
        var round = review.Rounds[0];
        Assert.Equal((ReviewOutcome.Approved, "Alex Accountant", Now, "Margin fine"),
            (round.Accounting.Outcome, round.Accounting.ReviewerName, round.Accounting.DecidedAt, round.Accounting.Reasons.Single()));
        Assert.Equal((ReviewOutcome.Rejected, "quinn", Now.AddHours(1)), (round.Qa.Outcome, round.Qa.ReviewerId, round.Qa.DecidedAt));
        Assert.Equal(["Bleed missing", "Wrong paper"], round.Qa.Reasons.ToArray());
        Assert.Equal((ReviewOutcome.Pending, ReviewOutcome.Pending), (review.Rounds[1].Accounting.Outcome, review.Rounds[1].Qa.Outcome));
        Assert.Equal((ReviewOutcome.Pending, ReviewOutcome.Pending), (review.Accounting.Outcome, review.Qa.Outcome));
    }

    [Fact]
    public void A_round_not_yet_reviewed_is_not_shown_before_the_revision_reaches_review()
    {
        var rejected = OrderWorkflow.Handle(InReview(OrderWorkflow.Create("2026-000001", Mia, CompleteDraft(), null, Now)), Quinn,
            new ReviewOrder(ReviewSide.Qa, false, ["Bleed missing"]), Prices, Now);

        var resubmitted = OrderWorkflow.Handle(rejected, Mia, new SubmitOrder(), Prices, Now);

        Assert.Equal([1], OrderViews.Rounds(resubmitted).Select(round => round.Revision));
        Assert.Equal(ReviewOutcome.Pending, OrderViews.Rounds(resubmitted)[0].Accounting.Outcome);
    }

    private static OrderState InReview(OrderState order)
    {
        var submitted = OrderWorkflow.Handle(order, Mia, new SubmitOrder(), Prices, Now);
        return OrderWorkflow.FinishProcessing(OrderWorkflow.StartProcessing(submitted, Now), ProcessingOutput.None, Now);
    }
}
