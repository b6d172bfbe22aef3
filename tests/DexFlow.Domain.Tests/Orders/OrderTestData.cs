using System.Collections.Immutable;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Invoicing;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Planning;
using DexFlow.Contracts.Orders.Commands;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Orders;
using DexFlow.Grains.Planning;
using DexFlow.Grains.Pricing;
using DexFlow.Grains.Processing;

namespace DexFlow.Domain.Tests.Orders;

internal static class OrderTestData
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The demo price list as the version in force.</summary>
    public static readonly PricesInForce Prices = new(1, DemoPriceList.PriceList, "EUR");

    public static readonly Caller Mia = new("mia", "Mia Manager", Roles.Manager);
    public static readonly Caller Max = new("max", "Max Manager", Roles.Manager);
    public static readonly Caller Alex = new("alex", "Alex Accountant", Roles.Accountant);
    public static readonly Caller Quinn = new("quinn", "Quinn Inspector", Roles.QA);
    public static readonly Caller Pat = new("pat", "Pat Planner", Roles.Planner);
    // Works on every resource the test schedules book, which name the estimate's machine or, failing one, its kind.
    public static readonly Caller Oli = new("oli", "Oli Operator", Roles.Operator)
    {
        Resources = [.. DemoResources.All.SelectMany(resource => new[] { resource.Settings.Name, resource.Settings.Kind }).Distinct()],
    };
    public static readonly Caller Cleo = new("cleo", "Cleo Clerk", Roles.Clerk);
    public static readonly Caller Ada = new("ada", "Ada Administrator", Roles.Administrator);
    public static readonly Caller Aud = new("aud", "Aud Auditor", Roles.Auditor);

    /// <summary>An order approved by both sides, priced with the demo price list (the estimate's processes are the work sheet's).</summary>
    public static OrderState PricedAndApproved(int quantity = 5000)
    {
        var draft = CompleteDraft(quantity);
        var submitted = OrderWorkflow.Handle(OrderWorkflow.Create("2026-000042", Mia, draft, null, Now), Mia, new SubmitOrder(), Prices, Now);
        var estimate = Estimator.Estimate(draft.Specification, DemoPriceList.PriceList, 1, "EUR");
        var inReview = OrderWorkflow.FinishProcessing(OrderWorkflow.StartProcessing(submitted, Now), new ProcessingOutput(estimate, []), Now);
        var accounted = OrderWorkflow.Handle(inReview, Alex, new ReviewOrder(ReviewSide.Accounting, true, []), Prices, Now);
        return OrderWorkflow.Handle(accounted, Quinn, new ReviewOrder(ReviewSide.Qa, true, []), Prices, Now);
    }

    /// <summary>An approved order (no prepayment needed unless <paramref name="prepayment"/> is issued) scheduled from Monday 30 November on.</summary>
    public static OrderState ScheduledOrder(Invoice? prepayment = null)
    {
        var approved = prepayment is null
            ? InvoicingWorkflow.NoPrepayment(PricedAndApproved(), "returning customer", Now)
            : InvoicingWorkflow.Record(PricedAndApproved(), prepayment, Caller.System, Now);
        var at = new DateTimeOffset(2026, 11, 30, 6, 0, 0, TimeSpan.Zero);
        var processes = ImmutableArray.CreateBuilder<ScheduledProcess>();
        foreach (var process in approved.Estimate!.Processes)
        {
            processes.Add(new ScheduledProcess(process.Id, process.Sequence, process.Name, process.Resource ?? process.ResourceKind, at, at.AddMinutes(process.Minutes), process.Minutes));
            at = at.AddMinutes(process.Minutes);
        }

        return ProductionWorkflow.Schedule(approved, Pat, processes.ToImmutable(), null, false, Now);
    }

    /// <summary>A scheduled order whose every process an operator ran: completed, its final invoice not yet issued.</summary>
    public static OrderState CompletedOrder(Invoice? prepayment = null)
    {
        var order = ScheduledOrder(prepayment);
        foreach (var process in order.Schedule!.Processes)
        {
            order = OrderWorkflow.Handle(order, Oli, new StartProcess(process.ProcessId), Prices, Now);
            order = OrderWorkflow.Handle(order, Oli, new FinishProcess(process.ProcessId), Prices, Now);
        }

        return order;
    }

    /// <summary>An issued invoice of order 2026-000042 for <paramref name="gross"/> (VAT 19 %).</summary>
    public static Invoice Issued(string number, InvoiceKind kind, decimal gross, decimal deducted = 0, string? refersTo = null)
    {
        var net = Math.Round(gross / 1.19m, 2);
        return new Invoice(number, kind, "2026-000042", "EUR", net, gross - net, gross, deducted, refersTo, refersTo is null ? null : "Goodwill", Now,
            "dexflow", new ContentRef(new string('a', 64), 1000));
    }

    public static OrderDraft CompleteDraft(int quantity = 5000) => new(
        new CustomerDetails("Acme GmbH", "C-100", "Jane Buyer", "jane@acme.example", "Hauptstr. 1, Berlin", "DE123456789"),
        new PrintSpecification(ProductType.Flyer, "Spring flyer", 148, 210, quantity, 2, 4, 4, "gloss-135", ["cutting"],
            new DateOnly(2026, 12, 20), "Acme GmbH, Lager 3", "Deliver on pallets"));
}
