using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Commands;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Orders;
using DexFlow.Grains.Pricing;
using DexFlow.Grains.Processing;

namespace DexFlow.Domain.Tests.Orders;

internal static class OrderTestData
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    public static readonly Caller Mia = new("mia", "Mia Manager", Roles.Manager);
    public static readonly Caller Max = new("max", "Max Manager", Roles.Manager);
    public static readonly Caller Alex = new("alex", "Alex Accountant", Roles.Accountant);
    public static readonly Caller Quinn = new("quinn", "Quinn Inspector", Roles.QA);
    public static readonly Caller Pat = new("pat", "Pat Planner", Roles.Planner);
    public static readonly Caller Oli = new("oli", "Oli Operator", Roles.Operator);
    public static readonly Caller Cleo = new("cleo", "Cleo Clerk", Roles.Clerk);
    public static readonly Caller Ada = new("ada", "Ada Administrator", Roles.Administrator);
    public static readonly Caller Aud = new("aud", "Aud Auditor", Roles.Auditor);

    /// <summary>An order approved by both sides, priced with the demo price list (the estimate's processes are the work sheet's).</summary>
    public static OrderState PricedAndApproved(int quantity = 5000)
    {
        var draft = CompleteDraft(quantity);
        var submitted = OrderWorkflow.Handle(OrderWorkflow.Create("2026-000042", Mia, draft, null, Now), Mia, new SubmitOrder(), Now);
        var estimate = Estimator.Estimate(draft.Specification, DemoPriceList.PriceList, 1, "EUR");
        var inReview = OrderWorkflow.FinishProcessing(OrderWorkflow.StartProcessing(submitted, Now), new ProcessingOutput(estimate, []), Now);
        var accounted = OrderWorkflow.Handle(inReview, Alex, new ReviewOrder(ReviewSide.Accounting, true, []), Now);
        return OrderWorkflow.Handle(accounted, Quinn, new ReviewOrder(ReviewSide.Qa, true, []), Now);
    }

    public static OrderDraft CompleteDraft(int quantity = 5000) => new(
        new CustomerDetails("Acme GmbH", "C-100", "Jane Buyer", "jane@acme.example", "Hauptstr. 1, Berlin", "DE123456789"),
        new PrintSpecification(ProductType.Flyer, "Spring flyer", 148, 210, quantity, 2, 4, 4, "gloss-135", ["cutting"],
            new DateOnly(2026, 12, 20), "Acme GmbH, Lager 3", "Deliver on pallets"));
}
