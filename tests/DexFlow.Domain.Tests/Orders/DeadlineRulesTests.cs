using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Commands;
using DexFlow.Grains.Deadlines;
using DexFlow.Grains.Orders;
using DexFlow.Grains.Processing;
using static DexFlow.Domain.Tests.Orders.OrderTestData;

namespace DexFlow.Domain.Tests.Orders;

public sealed class DeadlineRulesTests
{
    private static readonly DeadlineOptions Options = new();

    [Fact]
    public void A_review_is_due_two_working_days_after_it_starts_and_a_breach_is_flagged_daily_until_it_moves()
    {
        // In review since Thursday 09:00: due Monday 09:00 (Friday and Monday are the two working days).
        var inReview = InReview();
        var dueBy = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal(dueBy, DeadlineRules.Waits(inReview, Options).Single().DueBy);

        Assert.Same(inReview, DeadlineRules.Check(inReview, dueBy, Options));
        var flagged = DeadlineRules.Check(inReview, dueBy.AddMinutes(1), Options);
        Assert.Equal(("review", 1), (flagged.Deadline!.Waiting, flagged.Deadline.Times));
        Assert.Equal(OrderAction.FlagDeadline, flagged.PendingAudit[^1].Action);

        Assert.Same(flagged, DeadlineRules.Check(flagged, dueBy.AddHours(5), Options));
        var again = DeadlineRules.Check(flagged, dueBy.AddDays(1).AddMinutes(2), Options);
        Assert.Equal(2, again.Deadline!.Times);

        var reviewed = OrderWorkflow.Handle(again, Alex, new ReviewOrder(ReviewSide.Accounting, false, ["Price too low"]), Prices, dueBy.AddDays(2));
        Assert.Null(reviewed.Deadline);
    }

    [Fact]
    public void Planning_gets_one_working_day_from_approval()
    {
        var approved = PricedAndApproved();   // approved Thursday 09:00

        var wait = Assert.Single(DeadlineRules.Waits(approved, Options));

        Assert.Equal(("planning", new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero)), (wait.Waiting, wait.DueBy));
    }

    [Fact]
    public void A_prepayment_is_due_as_its_invoice_says_and_after_the_configured_days_when_the_invoice_says_nothing()
    {
        var approved = PricedAndApproved();
        var shop = new Grains.Company.ProfileInForce(1, Grains.Company.CompanyProfileStore.Demo, TimeZoneInfo.Utc);
        var line = new Contracts.Invoicing.InvoiceLine("Prepayment", 1, 100m);
        var prepayment = new Contracts.Invoicing.Invoice("PRE-2026-000001", Contracts.Invoicing.InvoiceKind.Prepayment, approved.Number, "EUR", 100m, 19m, 119m, 0,
            null, null, Now, "system", new Contracts.Documents.ContentRef("", 0));
        var thirtyDays = prepayment with
        {
            Details = Grains.Invoicing.InvoiceContents.Details(Contracts.Invoicing.InvoiceKind.Prepayment, shop, approved.Draft.Customer, 30, line, 19m, 19m, Now, null, null),
        };

        DeadlineRules.Wait Due(Contracts.Invoicing.Invoice invoice) =>
            DeadlineRules.Waits(approved with { Invoices = [invoice] }, Options).Single(wait => wait.Waiting == DeadlineRules.Prepayment);

        Assert.Equal(Now.AddDays(30), Due(thirtyDays).DueBy);
        Assert.Equal(Now.AddDays(Options.PrepaymentDays), Due(prepayment).DueBy);
    }

    [Fact]
    public void A_late_prepayment_is_shown_only_to_those_who_see_invoices()
    {
        var late = new Contracts.Orders.Views.DeadlineView(DeadlineRules.Prepayment, Now, Now.AddDays(14), Now.AddDays(15), 1);
        var lateReview = late with { Waiting = "review" };

        Assert.Same(late, DeadlineRules.VisibleTo(late, seesInvoicing: true));
        Assert.Null(DeadlineRules.VisibleTo(late, seesInvoicing: false));
        Assert.Same(lateReview, DeadlineRules.VisibleTo(lateReview, seesInvoicing: false));
    }

    private static OrderState InReview()
    {
        var submitted = OrderWorkflow.Handle(OrderWorkflow.Create("2026-000043", Mia, CompleteDraft(), null, Now), Mia, new SubmitOrder(), Prices, Now);
        return OrderWorkflow.FinishProcessing(OrderWorkflow.StartProcessing(submitted, Now), ProcessingOutput.None, Now);
    }
}
