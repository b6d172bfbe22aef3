using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Invoicing;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Commands;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Orders;
using DexFlow.Grains.Orders.ReadModel;
using static DexFlow.Domain.Tests.Orders.OrderTestData;

namespace DexFlow.Domain.Tests.Orders;

/// <summary>Money on an order: what is owed, the prepayment hold, and archiving only once nothing is owed.</summary>
public sealed class OrderMoneyTests
{
    private static readonly DateOnly PaidOn = new(2026, 11, 25);

    [Fact]
    public void An_order_whose_final_invoice_is_unpaid_is_not_archived_and_the_problem_names_the_invoice_and_what_is_owed()
    {
        var invoiced = InvoicingWorkflow.Record(CompletedOrder(), Issued("INV-2026-000009", InvoiceKind.Final, 595m), Caller.System, Now);
        var paidInPart = OrderWorkflow.Handle(invoiced, Alex, new RecordPayment("INV-2026-000009", 500m, PaidOn), Prices, Now);

        var refused = Assert.Throws<MoneyOutstandingException>(() => OrderWorkflow.Handle(paidInPart, Ada, new ArchiveOrder(), Prices, Now));

        Assert.Equal(["INV-2026-000009 has 95.00 EUR outstanding"], refused.Outstanding.ToArray());
        Assert.DoesNotContain(OrderAction.Archive, OrderViews.For(paidInPart, Ada).AvailableActions);
        Assert.Throws<ForbiddenException>(() => OrderWorkflow.Handle(paidInPart, Pat, new ArchiveOrder(), Prices, Now));
    }

    [Fact]
    public void Once_the_rest_is_paid_or_written_off_with_a_credit_note_the_order_is_archived()
    {
        var invoiced = InvoicingWorkflow.Record(CompletedOrder(), Issued("INV-2026-000009", InvoiceKind.Final, 595m), Caller.System, Now);
        var paidInPart = OrderWorkflow.Handle(invoiced, Alex, new RecordPayment("INV-2026-000009", 500m, PaidOn), Prices, Now);

        var paid = OrderWorkflow.Handle(paidInPart, Alex, new RecordPayment("INV-2026-000009", 95m, PaidOn), Prices, Now);
        var writtenOff = InvoicingWorkflow.Record(paidInPart, Issued("CRN-2026-000003", InvoiceKind.CreditNote, 95m, refersTo: "INV-2026-000009"), Alex, Now);

        Assert.Contains(OrderAction.Archive, OrderViews.For(paid, Ada).AvailableActions);
        Assert.Equal(OrderStage.Archived, OrderWorkflow.Handle(paid, Ada, new ArchiveOrder(), Prices, Now).Stage);
        Assert.Equal(OrderStage.Archived, OrderWorkflow.Handle(writtenOff, Alex, new ArchiveOrder(), Prices, Now).Stage);
    }

    [Fact]
    public void A_completed_order_is_not_archived_before_its_final_invoice_is_issued()
    {
        var refused = Assert.Throws<IllegalTransitionException>(() => OrderWorkflow.Handle(CompletedOrder(), Ada, new ArchiveOrder(), Prices, Now));

        Assert.Contains("have not all been issued", refused.Message);
    }

    [Fact]
    public void Payments_and_credit_notes_are_still_recorded_on_an_archived_order()
    {
        // An order archived before archiving waited for its money: the accountants' record must still be completed.
        var archived = InvoicingWorkflow.Record(CompletedOrder(), Issued("INV-2026-000009", InvoiceKind.Final, 595m), Caller.System, Now) with { Stage = OrderStage.Archived };

        var paid = OrderWorkflow.Handle(archived, Alex, new RecordPayment("INV-2026-000009", 500m, PaidOn), Prices, Now);
        var credited = InvoicingWorkflow.Record(paid, Issued("CRN-2026-000003", InvoiceKind.CreditNote, 95m, refersTo: "INV-2026-000009"), Alex, Now);

        Assert.Equal(OrderStage.Archived, credited.Stage);
        Assert.False(credited.Unsettled);
        Assert.Contains(OrderAction.RecordPayment, OrderViews.For(archived, Alex).AvailableActions);
        Assert.Throws<ForbiddenException>(() => OrderWorkflow.Handle(archived, Mia, new RecordPayment("INV-2026-000009", 1m, PaidOn), Prices, Now));
    }

    [Fact]
    public void While_the_prepayment_is_unpaid_starting_is_neither_offered_nor_possible_and_the_order_waits_for_accounting_and_its_manager()
    {
        var held = ScheduledOrder(Issued("PRE-2026-000007", InvoiceKind.Prepayment, 187.45m));

        var refused = Assert.Throws<IllegalTransitionException>(() => OrderWorkflow.Handle(held, Oli, new StartProcess(held.Schedule!.Processes[0].ProcessId), Prices, Now));

        Assert.Contains("on hold until Accounting has the prepayment", refused.Message);
        Assert.Empty(OrderViews.For(held, Oli).AvailableActions);
        Assert.Equal(Roles.Accountant | Roles.Manager, OrderInbox.AwaitedRoles(held.Facts));
        Assert.Null(OrderInbox.TaskFor(Roles.Operator, held.Facts));
        Assert.Equal("Record the prepayment: production waits for it", OrderInbox.TaskFor(Roles.Accountant, held.Facts));
        Assert.Equal("Production waits for the prepayment", OrderInbox.TaskFor(Roles.Manager, held.Facts));
        Assert.True(OrderRow.From(held).Facts.ProductionOnHold);
        Assert.Equal(Roles.Accountant | Roles.Manager, OrderRow.From(held).Awaiting);

        var paid = OrderWorkflow.Handle(held, Alex, new RecordPayment("PRE-2026-000007", 187.45m, PaidOn), Prices, Now);

        Assert.Equal([OrderAction.StartProcess], OrderViews.For(paid, Oli).AvailableActions.ToArray());
        Assert.Equal(Roles.Operator, OrderInbox.AwaitedRoles(paid.Facts));
        Assert.Equal("Start production", OrderInbox.TaskFor(Roles.Operator, paid.Facts));
    }

    [Fact]
    public void An_approved_order_on_hold_still_waits_for_its_planner_to_schedule_it()
    {
        var approved = InvoicingWorkflow.Record(PricedAndApproved(), Issued("PRE-2026-000007", InvoiceKind.Prepayment, 187.45m), Caller.System, Now);

        Assert.True(approved.ProductionOnHold);
        Assert.Equal("Schedule production", OrderInbox.TaskFor(Roles.Planner, approved.Facts));
        Assert.Equal([OrderAction.Schedule], OrderViews.For(approved, Pat).AvailableActions.ToArray());
    }

    [Fact]
    public void An_invoices_amount_due_is_what_is_still_owed_after_credit_notes_and_payments()
    {
        var final = Issued("INV-2026-000009", InvoiceKind.Final, 595m, deducted: 187.45m);
        var order = InvoicingWorkflow.Record(CompletedOrder(), final, Caller.System, Now);
        order = OrderWorkflow.Handle(order, Alex, new RecordPayment(final.Number, 300m, PaidOn), Prices, Now);
        order = InvoicingWorkflow.Record(order, Issued("CRN-2026-000003", InvoiceKind.CreditNote, 7.55m, refersTo: final.Number), Alex, Now);

        var invoices = OrderViews.For(order, Alex).Invoicing!.Invoices;

        var shown = invoices.Single(invoice => invoice.Number == final.Number);
        Assert.Equal((407.55m, 7.55m, 300m, 100.00m), (shown.Payable, shown.Credited, shown.Paid, shown.AmountDue));
        Assert.Equal(0m, invoices.Single(invoice => invoice.Kind == InvoiceKind.CreditNote).AmountDue);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(10.005)]
    public void An_amount_is_refused_in_the_currencys_words_not_in_cents(double amount)
    {
        var order = InvoicingWorkflow.Record(CompletedOrder(), Issued("INV-2026-000009", InvoiceKind.Final, 595m), Caller.System, Now);

        var refused = Assert.Throws<ValidationException>(() => OrderWorkflow.Handle(order, Alex, new RecordPayment("INV-2026-000009", (decimal)amount, PaidOn), Prices, Now));

        Assert.Equal("A positive amount in the invoice's currency, with at most two decimal places (e.g. 12.50).", refused.Errors["amount"][0]);
    }
}
