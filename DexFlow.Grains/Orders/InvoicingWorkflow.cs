using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Invoicing;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Commands;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Invoicing;

namespace DexFlow.Grains.Orders;

/// <summary>Invoices and payments on the order, pure: the ledger issues, this records.</summary>
public static class InvoicingWorkflow
{
    /// <summary>Checks that the caller may issue a credit note now, before the ledger is asked.</summary>
    public static void EnsureMayCredit(OrderState state, Caller caller) =>
        OrderWorkflow.Decide(state, OrderAction.IssueCreditNote, OrderActor.Of(caller, state.ManagerId));

    /// <summary>Adds an issued invoice and its PDF to the order; the same invoice again changes nothing.</summary>
    public static OrderState Record(OrderState state, Invoice invoice, Caller issuer, DateTimeOffset now)
    {
        if (state.Invoices.Any(recorded => recorded.Number == invoice.Number))
        {
            return state;
        }

        // DexFlow records what it issued itself, and what the ledger holds that the order missed; people issue credit notes.
        var action = issuer.IsSystem ? OrderAction.IssueInvoice : OrderAction.IssueCreditNote;
        var decision = OrderWorkflow.Decide(state, action, issuer.IsSystem ? OrderActor.System : OrderActor.Of(issuer, state.ManagerId));
        var type = invoice.Kind switch
        {
            InvoiceKind.Prepayment => DocumentType.PrepaymentInvoice,
            InvoiceKind.CreditNote => DocumentType.CreditNote,
            _ => DocumentType.Invoice,
        };
        var document = new AttachedDocument(invoice.Number, type, $"{invoice.Number}.pdf", "application/pdf", invoice.Content, "generated", invoice.IssuedAt, state.Revision);
        var recorded = state with
        {
            Invoices = state.Invoices.Add(invoice),
            Documents = state.Documents.Add(document),
            PrepaymentDecided = state.PrepaymentDecided || invoice.Kind == InvoiceKind.Prepayment,
        };
        var details = $"{invoice.Number}: {invoice.Gross:0.00} {invoice.Currency}"
                      + (invoice.Deducted > 0 ? $", less {invoice.Deducted:0.00} prepaid, {invoice.Payable:0.00} due" : "")
                      + (invoice.Reason is null ? "" : $" ({invoice.Reason})");
        return OrderWorkflow.Transition(recorded, issuer, action, decision.Next, now, details);
    }

    /// <summary>Records that approval needs no prepayment invoice, and why.</summary>
    public static OrderState NoPrepayment(OrderState state, string why, DateTimeOffset now)
    {
        var decision = OrderWorkflow.Decide(state, OrderAction.IssueInvoice, OrderActor.System);
        return OrderWorkflow.Transition(state with { PrepaymentDecided = true }, Caller.System, OrderAction.IssueInvoice, decision.Next, now, $"No prepayment invoice: {why}");
    }

    public static OrderState RecordPayment(OrderState state, Caller caller, RecordPayment payment, OrderStage next, DateTimeOffset now)
    {
        var invoice = state.Invoices.FirstOrDefault(invoice => invoice.Number == payment.InvoiceNumber?.Trim())
                      ?? throw ValidationException.For("invoiceNumber", $"'{payment.InvoiceNumber}' is not an invoice of this order.");
        if (invoice.Kind == InvoiceKind.CreditNote)
        {
            throw ValidationException.For("invoiceNumber", "Payments are recorded against invoices, not credit notes.");
        }

        var outstanding = InvoiceRules.Outstanding(invoice, state.Invoices, state.Payments);
        InvoiceRules.EnsureAmount(payment.Amount);

        if (payment.Amount > outstanding)
        {
            throw ValidationException.For("amount", $"Only {outstanding:0.00} {invoice.Currency} is outstanding on {invoice.Number}.");
        }

        if (payment.PaidOn > DateOnly.FromDateTime(now.UtcDateTime))
        {
            throw ValidationException.For("paidOn", "Must not be in the future.");
        }

        // Without an id from the order grain (pure callers), the version the payment makes names it: unique in the order.
        var id = payment.PaymentId ?? $"{state.Number}-v{state.Version + 1}";
        var recorded = state with { Payments = state.Payments.Add(new Payment(invoice.Number, payment.Amount, payment.PaidOn, caller.DisplayName, now, id)) };
        var left = outstanding - payment.Amount;
        return OrderWorkflow.Transition(recorded, caller, OrderAction.RecordPayment, next, now,
            $"{payment.Amount:0.00} {invoice.Currency} on {invoice.Number}, paid {payment.PaidOn:yyyy-MM-dd}" + (left == 0 ? "; settled" : $"; {left:0.00} outstanding"));
    }
}
