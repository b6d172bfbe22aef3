using DexFlow.Grains.Processing;
using System.Text.Json;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Commands;
using DexFlow.Grains.Orders;
using static DexFlow.Domain.Tests.Orders.OrderTestData;

namespace DexFlow.Domain.Tests.Orders;

public sealed class OrderViewsTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    [Fact]
    public void A_planners_view_has_no_price_billing_or_review_in_it_at_all()
    {
        var view = OrderViews.For(Approved(), Pat);

        var json = JsonSerializer.Serialize(view, Json);

        Assert.NotNull(view.Specification);
        Assert.Null(view.Pricing);
        Assert.Null(view.Customer);
        Assert.DoesNotContain("\"pricing\"", json);
        Assert.DoesNotContain("\"customer\":", json);
        Assert.DoesNotContain("vatId", json);
        Assert.DoesNotContain("\"review\"", json);
        Assert.Equal([OrderAction.Schedule], view.AvailableActions.ToArray());
    }

    [Fact]
    public void Planners_operators_and_qa_are_not_told_whose_order_it_is()
    {
        var scheduled = ScheduledOrder();
        var cancelled = OrderWorkflow.Handle(InReview(), Mia, new CancelOrder("Customer withdrew"), Prices, Now);

        foreach (var (order, caller) in new[] { (scheduled, Pat), (scheduled, Oli), (scheduled, Quinn), (cancelled, Quinn) })
        {
            var view = OrderViews.For(order, caller);
            var json = JsonSerializer.Serialize(view, Json);

            Assert.Null(view.CustomerName);
            Assert.DoesNotContain("customerName", json);
            Assert.DoesNotContain("managerName", json);
            Assert.DoesNotContain("managerId", json);
            Assert.DoesNotContain("Acme GmbH\"", json);
            Assert.DoesNotContain("Mia Manager", json);
        }

        Assert.Equal("Customer withdrew", OrderViews.For(cancelled, Quinn).Cancellation!.Reason);
        Assert.Equal(("Acme GmbH", "Mia Manager"), (OrderViews.For(scheduled, Alex).CustomerName, OrderViews.For(cancelled, Alex).Cancellation!.CancelledBy));
    }

    [Fact]
    public void The_managers_view_has_every_group_and_what_they_can_do()
    {
        var view = OrderViews.For(Approved(), Mia);

        Assert.NotNull(view.Pricing);
        Assert.Equal("DE123456789", view.Customer!.VatId);
        Assert.Equal(ReviewOutcome.Approved, view.Review!.Accounting.Outcome);
        Assert.Equal([OrderAction.Cancel, OrderAction.AttachFile], view.AvailableActions.ToArray());
    }

    private static OrderState InReview()
    {
        var order = OrderWorkflow.Handle(OrderWorkflow.Create("2026-000001", Mia, CompleteDraft(), null, Now), Mia, new SubmitOrder(), Prices, Now);
        return OrderWorkflow.FinishProcessing(OrderWorkflow.StartProcessing(order, Now), ProcessingOutput.None, Now);
    }

    private static OrderState Approved()
    {
        var order = OrderWorkflow.Handle(OrderWorkflow.Create("2026-000001", Mia, CompleteDraft(), null, Now), Mia, new SubmitOrder(), Prices, Now);
        order = OrderWorkflow.FinishProcessing(OrderWorkflow.StartProcessing(order, Now), ProcessingOutput.None, Now);
        order = OrderWorkflow.Handle(order, Alex, new ReviewOrder(ReviewSide.Accounting, true, []), Prices, Now);
        return OrderWorkflow.Handle(order, Quinn, new ReviewOrder(ReviewSide.Qa, true, []), Prices, Now);
    }
}
