using DexFlow.Grains.Processing;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Commands;
using DexFlow.Grains.Orders;
using static DexFlow.Domain.Tests.Orders.OrderTestData;

namespace DexFlow.Domain.Tests.Orders;

public sealed class OrderWorkflowTests
{
    [Fact]
    public void A_new_order_is_a_draft_owned_by_its_manager_with_a_first_audit_entry()
    {
        var order = OrderWorkflow.Create("2026-000001", Mia, CompleteDraft(), "2025-000007", Now);

        Assert.Equal(OrderStage.Draft, order.Stage);
        Assert.Equal("mia", order.ManagerId);
        Assert.Equal(1, order.Version);
        var entry = Assert.Single(order.PendingAudit);
        Assert.Equal((OrderAction.Create, "mia", "New from template 2025-000007"), (entry.Action, entry.ActorId, entry.Details));
    }

    [Fact]
    public void Only_managers_create_orders()
    {
        Assert.Throws<ForbiddenException>(() => OrderWorkflow.Create("2026-000001", Alex, CompleteDraft(), null, Now));
    }

    [Fact]
    public void A_form_the_price_list_in_force_cannot_price_is_not_submitted()
    {
        var draft = CompleteDraft();
        var order = OrderWorkflow.Create("2026-000001", Mia, draft with { Specification = draft.Specification with { PaperStock = "vellum" } }, null, Now);

        var error = Assert.Throws<ValidationException>(() => OrderWorkflow.Handle(order, Mia, new SubmitOrder(), Prices, Now));

        Assert.Contains("vellum", error.Errors["specification.paperStock"][0]);
    }

    [Fact]
    public void Submitting_an_incomplete_form_names_every_missing_field()
    {
        var draft = CompleteDraft() with { Specification = PrintSpecification.Empty with { Product = ProductType.Poster } };
        var order = OrderWorkflow.Create("2026-000001", Mia, draft, null, Now);

        var error = Assert.Throws<ValidationException>(() => OrderWorkflow.Handle(order, Mia, new SubmitOrder(), Prices, Now));

        Assert.Equal(
            ["specification.coloursBack", "specification.coloursFront", "specification.dueDate", "specification.finishedHeightMm",
             "specification.finishedWidthMm", "specification.pages", "specification.paperStock", "specification.quantity"],
            error.Errors.Keys.Order());
    }

    [Fact]
    public void A_due_date_in_the_past_cannot_be_submitted()
    {
        var draft = CompleteDraft();
        draft = draft with { Specification = draft.Specification with { DueDate = new DateOnly(2026, 11, 25) } };
        var order = OrderWorkflow.Create("2026-000001", Mia, draft, null, Now);

        var error = Assert.Throws<ValidationException>(() => OrderWorkflow.Handle(order, Mia, new SubmitOrder(), Prices, Now));

        Assert.Equal(["specification.dueDate"], error.Errors.Keys);
    }

    [Fact]
    public void A_malformed_draft_is_refused_field_by_field()
    {
        var draft = CompleteDraft();
        draft = new OrderDraft(
            draft.Customer with { Name = " ", ContactEmail = "not-an-address" },
            draft.Specification with { Quantity = 0, ColoursFront = 9, Finishing = ["cutting", ""] });

        var error = Assert.Throws<ValidationException>(() => OrderWorkflow.Create("2026-000001", Mia, draft, null, Now));

        Assert.Equal(
            ["customer.contactEmail", "customer.name", "specification.coloursFront", "specification.finishing", "specification.quantity"],
            error.Errors.Keys.Order());
    }

    [Fact]
    public void An_edit_is_audited_with_the_fields_it_changed()
    {
        var order = OrderWorkflow.Create("2026-000001", Mia, CompleteDraft(), null, Now);
        var changed = CompleteDraft(quantity: 10_000);
        changed = changed with { Customer = changed.Customer with { VatId = "DE999" } };

        var edited = OrderWorkflow.Handle(order, Mia, new EditOrder(changed), Prices, Now.AddMinutes(1));

        Assert.Equal(2, edited.Version);
        Assert.Equal("Changed customer.vatId, specification.quantity", edited.PendingAudit[^1].Details);
    }

    [Fact]
    public void An_edit_that_changes_nothing_is_not_a_change()
    {
        var order = OrderWorkflow.Create("2026-000001", Mia, CompleteDraft(), null, Now);

        var edited = OrderWorkflow.Handle(order, Mia, new EditOrder(CompleteDraft()), Prices, Now.AddMinutes(1));

        Assert.Same(order, edited);
    }

    [Fact]
    public void A_rejection_returns_the_order_with_reasons_and_voids_the_other_sides_approval()
    {
        var order = InReview();
        order = OrderWorkflow.Handle(order, Alex, new ReviewOrder(ReviewSide.Accounting, true, []), Prices, Now);

        var rejected = OrderWorkflow.Handle(order, Quinn, new ReviewOrder(ReviewSide.Qa, false, ["Bleed missing", " "]), Prices, Now);

        Assert.Equal(OrderStage.AdjustmentsRequired, rejected.Stage);
        Assert.Equal(ReviewOutcome.Pending, rejected.AccountingReview.Outcome);
        Assert.Equal(ReviewOutcome.Rejected, rejected.QaReview.Outcome);
        Assert.Equal(["Bleed missing"], rejected.QaReview.Reasons.ToArray());
        Assert.Equal("Bleed missing", rejected.PendingAudit[^1].Details);
    }

    [Fact]
    public void A_rejection_without_a_reason_is_refused()
    {
        var error = Assert.Throws<ValidationException>(() =>
            OrderWorkflow.Handle(InReview(), Quinn, new ReviewOrder(ReviewSide.Qa, false, ["  "]), Prices, Now));

        Assert.Equal(["reasons"], error.Errors.Keys);
    }

    [Fact]
    public void A_resubmission_is_a_new_revision_that_both_sides_review_afresh()
    {
        var rejected = OrderWorkflow.Handle(InReview(), Alex, new ReviewOrder(ReviewSide.Accounting, false, ["Price too low"]), Prices, Now);

        var resubmitted = OrderWorkflow.Handle(rejected, Mia, new SubmitOrder(), Prices, Now);

        Assert.Equal((OrderStage.Submitted, 2), (resubmitted.Stage, resubmitted.Revision));
        Assert.Equal(ReviewOutcome.Pending, resubmitted.AccountingReview.Outcome);
        Assert.Equal("Resubmitted as revision 2", resubmitted.PendingAudit[^1].Details);
    }

    [Fact]
    public void Both_approvals_approve_the_order()
    {
        var order = OrderWorkflow.Handle(InReview(), Quinn, new ReviewOrder(ReviewSide.Qa, true, []), Prices, Now);

        var approved = OrderWorkflow.Handle(order, Alex, new ReviewOrder(ReviewSide.Accounting, true, []), Prices, Now);

        Assert.Equal(OrderStage.Approved, approved.Stage);
    }

    [Fact]
    public void Cancelling_records_who_and_why()
    {
        var cancelled = OrderWorkflow.Handle(Approved(), Ada, new CancelOrder("Customer withdrew"), Prices, Now);

        Assert.Equal(OrderStage.Cancelled, cancelled.Stage);
        Assert.Equal(("Customer withdrew", "Ada Administrator"), (cancelled.Cancellation!.Reason, cancelled.Cancellation.CancelledBy));
    }

    [Fact]
    public void Processing_gives_up_after_the_configured_attempts_and_an_administrator_retries_it()
    {
        var processing = OrderWorkflow.StartProcessing(Submitted(), Now);

        var once = OrderWorkflow.ProcessingFailed(processing, "PDF renderer crashed", maxAttempts: 2, Now);
        var twice = OrderWorkflow.ProcessingFailed(once, "PDF renderer crashed", maxAttempts: 2, Now);
        var retried = OrderWorkflow.Handle(twice, Ada, new RetryProcessing(), Prices, Now);

        Assert.False(once.Processing.GaveUp);
        Assert.True(twice.Processing.GaveUp);
        Assert.Equal("Gave up after 2 attempts: PDF renderer crashed", twice.PendingAudit[^1].Details);
        Assert.Equal((OrderStage.Processing, 0, false), (retried.Stage, retried.Processing.Attempts, retried.Processing.GaveUp));
    }

    [Fact]
    public void Every_change_appends_to_the_audit_trail_and_bumps_the_version()
    {
        var approved = Approved();

        Assert.Equal(approved.PendingAudit.Length, approved.Version);
        Assert.Equal(
            [OrderAction.Create, OrderAction.Submit, OrderAction.StartProcessing, OrderAction.FinishProcessing, OrderAction.ApproveAccounting, OrderAction.ApproveQa],
            approved.PendingAudit.Select(entry => entry.Action));
        Assert.All(approved.PendingAudit.Zip(approved.PendingAudit.Skip(1)), pair => Assert.Equal(pair.First.To, pair.Second.From));
    }

    [Fact]
    public void A_routed_document_is_attached_once_however_often_routing_retries_and_the_stage_stays()
    {
        var document = Routed("p-1:0", DocumentType.PriceSheet);

        var once = OrderWorkflow.Attach(InReview(), document, Now);
        var twice = OrderWorkflow.Attach(once, document, Now);

        Assert.Same(once, twice);
        Assert.Equal(["p-1:0"], twice.Documents.Select(attached => attached.DocumentId));
        var entry = Assert.Single(twice.PendingAudit, entry => entry.Action == OrderAction.AttachDocument);
        Assert.Equal((OrderStage.InReview, OrderStage.InReview), (entry.From, entry.To));
    }

    [Fact]
    public void An_archived_order_takes_correspondence_but_no_other_document_and_stays_archived()
    {
        var archived = Approved() with { Stage = OrderStage.Archived };

        var letter = OrderWorkflow.Attach(archived, Routed("p-2:0", DocumentType.Correspondence), Now);

        Assert.Equal(OrderStage.Archived, letter.Stage);
        Assert.Single(letter.Documents);
        Assert.Throws<IllegalTransitionException>(() => OrderWorkflow.Attach(letter, Routed("p-3:0", DocumentType.Invoice), Now));
    }

    private static AttachedDocument Routed(string id, DocumentType type) =>
        new(id, type, "scan.pdf", "application/pdf", new ContentRef(new string('0', 64), 10), id.Split(':')[0], Now);

    private static OrderState Submitted() =>
        OrderWorkflow.Handle(OrderWorkflow.Create("2026-000001", Mia, CompleteDraft(), null, Now), Mia, new SubmitOrder(), Prices, Now);

    private static OrderState InReview() =>
        OrderWorkflow.FinishProcessing(OrderWorkflow.StartProcessing(Submitted(), Now), ProcessingOutput.None, Now);

    private static OrderState Approved()
    {
        var order = OrderWorkflow.Handle(InReview(), Alex, new ReviewOrder(ReviewSide.Accounting, true, []), Prices, Now);
        return OrderWorkflow.Handle(order, Quinn, new ReviewOrder(ReviewSide.Qa, true, []), Prices, Now);
    }
}
