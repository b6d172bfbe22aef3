using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Orders;

namespace DexFlow.Api.Orders;

/// <summary>
/// The customer section of an order form as clients send it. With <c>customerId</c> (from GET /api/customers) the name,
/// customer number, billing address and VAT id are the master's and need not be sent; without it, the order is linked
/// to the customer of that name when it is submitted (a new customer in the master if there is none).
/// <c>purchaseOrderReference</c> is the customer's own order number, quoted on the invoices.
/// </summary>
public sealed record CustomerRequest(
    string? Name,
    string? CustomerNumber,
    string? ContactName,
    string? ContactEmail,
    string? BillingAddress,
    string? VatId,
    string? CustomerId = null,
    string? PurchaseOrderReference = null)
{
    public CustomerDetails ToDetails() =>
        new(Name?.Trim() ?? "", CustomerNumber, ContactName, ContactEmail, BillingAddress, VatId)
        {
            CustomerId = string.IsNullOrWhiteSpace(CustomerId) ? null : CustomerId.Trim(),
            PurchaseOrderReference = PurchaseOrderReference,
        };
}

/// <summary>The specification section of an order form as clients send it. Colours are per side, e.g. 4/0 is 4 and 0.</summary>
public sealed record SpecificationRequest(
    ProductType? Product,
    string? Title,
    int? FinishedWidthMm,
    int? FinishedHeightMm,
    int? Quantity,
    int? Pages,
    int? ColoursFront,
    int? ColoursBack,
    string? PaperStock,
    string[]? Finishing,
    DateOnly? DueDate,
    string? DeliveryAddress,
    string? Notes)
{
    /// <summary>The specification; finishing left out stays default (not empty), so that a template's operations are kept.</summary>
    public PrintSpecification ToSpecification() => new(
        Product, Title, FinishedWidthMm, FinishedHeightMm, Quantity, Pages, ColoursFront, ColoursBack, PaperStock,
        Finishing is null ? default : [.. Finishing], DueDate, DeliveryAddress, Notes);
}

/// <summary>
/// A new draft: the form, or <see cref="TemplateOrder"/> to start from an earlier order, merged field by field with
/// what is given here (a field given replaces the copied one; a field left out keeps it).
/// </summary>
public sealed record CreateOrderRequest(CustomerRequest? Customer, SpecificationRequest? Specification, string? TemplateOrder)
{
    public NewOrder ToNewOrder() => new(Customer?.ToDetails(), Specification?.ToSpecification(), TemplateOrder);
}

/// <summary>The whole order form, replacing the stored one.</summary>
public sealed record OrderFormRequest(CustomerRequest? Customer, SpecificationRequest? Specification)
{
    public OrderDraft ToDraft()
    {
        var customer = Customer?.ToDetails() ?? throw ValidationException.For("customer", "Required.");
        var specification = Specification?.ToSpecification() ?? PrintSpecification.Empty;
        return new OrderDraft(customer, specification.Finishing.IsDefault ? specification with { Finishing = [] } : specification);
    }
}

public enum ReviewDecision
{
    Approve,
    Reject,
}

/// <summary>
/// A review decision; a rejection needs at least one reason or failed checklist item. QA answers the items of the QA
/// checklist in force (GET /api/qa/checklist) that apply to the order's product: to approve, every mandatory one must
/// pass; each failed item is named among a rejection's reasons.
/// </summary>
public sealed record ReviewRequest(ReviewDecision? Decision, string[]? Reasons, ChecklistResultRequest[]? Checklist = null);

/// <summary>QA's result for one checklist item, with an optional note.</summary>
public sealed record ChecklistResultRequest(string? ItemId, bool? Passed, string? Note);

public sealed record CancelRequest(string? Reason);

/// <summary>The plan the planner confirms: where and when each process starts (the ends follow from the calendars).</summary>
public sealed record ScheduleRequest(ProcessSlotRequest[]? Slots, string? Note);

public sealed record ProcessSlotRequest(string? ProcessId, string? ResourceId, DateTimeOffset? Start);

/// <summary>Money received against an invoice.</summary>
public sealed record PaymentRequest(string? InvoiceNumber, decimal? Amount, DateOnly? PaidOn);

/// <summary>A credit note against an invoice: how much (gross) and why.</summary>
public sealed record CreditNoteRequest(string? InvoiceNumber, decimal? Amount, string? Reason);
