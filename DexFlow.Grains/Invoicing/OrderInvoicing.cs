using DexFlow.Contracts.Company;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Invoicing;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Company;
using DexFlow.Grains.Content;
using DexFlow.Grains.Customers;
using DexFlow.Grains.Indexing;
using DexFlow.Grains.Orders;
using DexFlow.Grains.Paperwork;
using DexFlow.Grains.Pricing;
using Microsoft.Extensions.Options;

namespace DexFlow.Grains.Invoicing;

/// <summary>
/// The invoicing an order owes, done for the order grain: the prepayment decision after approval (an invoice when the
/// price list's policy asks for one), the final invoice after completion, credit notes on request. Each invoice is
/// issued by the ledger under a key naming order and purpose, so a repeat after a crash finds the same invoice. Each
/// carries what an EU invoice must (<see cref="InvoiceContents"/>): the company profile in force is the seller.
/// </summary>
public sealed class OrderInvoicing(
    InvoiceLedger ledger, OrderEstimates estimates, OrderCustomers customers, CompanyProfiles profiles, IContentStore content, IOptions<BarcodeConventions> barcodes)
{
    // The logo last printed (every invoice of a profile version has the same one), held as one reference so that
    // concurrent invoices never see one logo's hash with another's image.
    private HeldLogo? _logo;

    private sealed record HeldLogo(string Sha256, byte[] Image);

    public async Task<OrderState> Advance(OrderState state, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (!state.InvoicingPending)
        {
            return state;
        }

        var estimate = state.Estimate!;
        // Each invoice carries the customer's billing details and terms as the master holds them when it is issued.
        var (customer, terms) = await customers.LinkForInvoice(state.Draft.Customer, state.ManagerId, Caller.System, cancellationToken);
        state = state with { Draft = state.Draft with { Customer = customer } };
        var priceList = await estimates.PriceList(estimate.PriceListVersion, cancellationToken);
        var shop = await profiles.Current(cancellationToken);
        if (!state.PrepaymentDecided)
        {
            var policy = priceList.Prepayment;
            var returning = await customers.IsReturning(state.Draft.Customer.CustomerId!, state.Number, cancellationToken);
            if (InvoiceRules.RequiresPrepayment(policy, estimate, newCustomer: !returning))
            {
                // Issued before a crash kept the order from recording it, the ledger returns that invoice under its key.
                var (net, vat, gross) = InvoiceRules.Prepayment(policy, estimate);
                var details = InvoiceContents.Details(InvoiceKind.Prepayment, shop, state.Draft.Customer, terms,
                    InvoiceContents.Line(InvoiceKind.Prepayment, state.Draft.Specification, net, null), priceList.VatPercent, vat, now, null, null);
                var prepayment = await Issue(state, new InvoiceRequest(PrepaymentKey(state), InvoiceKind.Prepayment, state.Number,
                    estimate.Currency, net, vat, gross, 0, null, null, Caller.System.UserId, now, details), cancellationToken);
                state = InvoicingWorkflow.Record(state, prepayment, Caller.System, now);
            }
            else if (await ledger.Find(PrepaymentKey(state), cancellationToken) is { } issued)
            {
                // Issued before a crash, and the answer has changed since (the customer has a completed order now): the
                // invoice stands and is recorded, never decided again.
                state = InvoicingWorkflow.Record(state, await ledger.WithDocument(issued, Renderer(state), cancellationToken), Caller.System, now);
            }
            else
            {
                state = InvoicingWorkflow.NoPrepayment(state, $"returning customer, net {estimate.Net:0.00} not above {policy.NetThreshold:0.00}", now);
            }
        }

        if (state.Stage == Contracts.Orders.OrderStage.Completed && !state.HasFinalInvoice)
        {
            // The deduction counts every credit note on the prepayment, including one the order missed.
            state = (await CatchUp(state, now, cancellationToken)).State;
            // Delivered when production completed the order: the stage it has been in since.
            var details = InvoiceContents.Details(InvoiceKind.Final, shop, state.Draft.Customer, terms,
                InvoiceContents.Line(InvoiceKind.Final, state.Draft.Specification, estimate.Net, null), priceList.VatPercent, estimate.Vat, now,
                shop.Day(state.StageSince), InvoiceRules.DeductedPrepayment(state.Invoices));
            var final = await Issue(state, new InvoiceRequest($"{state.Number}:final", InvoiceKind.Final, state.Number, estimate.Currency,
                estimate.Net, estimate.Vat, estimate.Gross, InvoiceRules.PrepaymentToDeduct(state.Invoices), null, null, Caller.System.UserId, now, details), cancellationToken);
            state = InvoicingWorkflow.Record(state, final, Caller.System, now);
        }

        return state;
    }

    /// <summary>
    /// A credit note checked and ready to issue (<see cref="CreditNotePlan.Request"/>), or found issued already
    /// (<see cref="CreditNotePlan.Issued"/>): nothing is issued yet, so a caller can claim an Idempotency-Key only for
    /// a request that passed every check.
    /// </summary>
    /// <param name="issueKey">
    /// The ledger key of a credit note asked for with an Idempotency-Key; null for one without, which takes the next
    /// <c>&lt;order&gt;:credit:&lt;n&gt;</c>.
    /// </param>
    public async Task<CreditNotePlan> PlanCreditNote(OrderState state, Caller caller, NewCreditNote request, string? issueKey, DateTimeOffset now)
    {
        InvoicingWorkflow.EnsureMayCredit(state, caller);
        var invoiceNumber = request.InvoiceNumber.Trim();
        var reason = request.Reason.Trim();
        var (caughtUp, missed) = await CatchUp(state, now);
        state = caughtUp;

        // Asked again under its Idempotency-Key: the ledger issued it (and the order now records it).
        if (issueKey is not null && await ledger.Find(issueKey) is { } keyed)
        {
            return new CreditNotePlan(state, await ledger.WithDocument(keyed, Renderer(state)), null);
        }

        // Without a key, the same credit note asked again after its answer was lost: it was issued, and is now recorded.
        if (issueKey is null && missed.FirstOrDefault(issued => issued.Kind == InvoiceKind.CreditNote && issued.RefersTo == invoiceNumber
                                                                && issued.Gross == request.Amount && issued.Reason == reason) is { } again)
        {
            return new CreditNotePlan(state, again, null);
        }

        var invoice = state.Invoices.FirstOrDefault(invoice => invoice.Number == invoiceNumber)
                      ?? throw ValidationException.For("invoiceNumber", $"'{invoiceNumber}' is not an invoice of this order.");
        var (net, vat) = InvoiceRules.Credit(invoice, state.Invoices, request.Amount);
        var sequence = state.Invoices.Count(other => other.Kind == InvoiceKind.CreditNote) + 1;
        // The buyer as on the invoice corrected (the master may have changed since); invoices from before details were kept: as the form has it.
        var buyer = invoice.Details?.Buyer is { } billed
            ? state.Draft.Customer with { Name = billed.Name, BillingAddress = billed.Address, VatId = billed.VatId, CustomerNumber = billed.CustomerNumber }
            : state.Draft.Customer;
        var details = InvoiceContents.Details(InvoiceKind.CreditNote, await profiles.Current(), buyer, null,
            InvoiceContents.Line(InvoiceKind.CreditNote, state.Draft.Specification, net, reason), InvoiceContents.VatPercent(invoice), vat, now,
            invoice.Details?.DeliveryDate, null);
        return new CreditNotePlan(state, null, new InvoiceRequest(issueKey ?? $"{state.Number}:credit:{sequence}", InvoiceKind.CreditNote, state.Number,
            invoice.Currency, net, vat, request.Amount, 0, invoice.Number, reason, caller.UserId, now, details));
    }

    /// <summary>Issues the planned credit note (once: the ledger finds one issued under the same key) and records it on the order.</summary>
    public async Task<(OrderState State, Invoice CreditNote)> IssueCreditNote(CreditNotePlan plan, Caller caller, DateTimeOffset now)
    {
        var credit = plan.Issued ?? await Issue(plan.State, plan.Request!, CancellationToken.None);
        return (InvoicingWorkflow.Record(plan.State, credit, caller, now), credit);
    }

    /// <summary>
    /// Records what the ledger issued for the order that the order did not record (a crash between the two), so that
    /// keys, amounts left to credit and deductions are right; returns what was missing.
    /// </summary>
    private async Task<(OrderState State, IReadOnlyList<Invoice> Missed)> CatchUp(OrderState state, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var missed = new List<Invoice>();
        foreach (var issued in (await ledger.ForOrder(state.Number, cancellationToken)).Where(issued => state.Invoices.All(known => known.Number != issued.Number)))
        {
            var invoice = await ledger.WithDocument(issued, Renderer(state), cancellationToken);
            missed.Add(invoice);
            state = InvoicingWorkflow.Record(state, invoice, Caller.System, now);
        }

        return (state, missed);
    }

    private static string PrepaymentKey(OrderState state) => $"{state.Number}:prepayment";

    private Task<Invoice> Issue(OrderState state, InvoiceRequest request, CancellationToken cancellationToken) =>
        ledger.Issue(request, Renderer(state), cancellationToken);

    private Func<Invoice, Task<byte[]>> Renderer(OrderState state) =>
        async invoice => InvoicePdf.Render(invoice, state.Draft, barcodes.Value.OrderCode(state.Number), await Logo(invoice.Details?.Logo));

    private async Task<byte[]?> Logo(CompanyLogo? logo)
    {
        if (logo is null)
        {
            return null;
        }

        if (_logo is { } held && held.Sha256 == logo.Sha256)
        {
            return held.Image;
        }

        var image = await content.ReadAll(new ContentRef(logo.Sha256, logo.Length));
        if (image is not null)
        {
            _logo = new HeldLogo(logo.Sha256, image);
        }

        return image;
    }
}
