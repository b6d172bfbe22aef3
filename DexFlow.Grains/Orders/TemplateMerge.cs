using DexFlow.Contracts.Orders;

namespace DexFlow.Grains.Orders;

/// <summary>
/// "New from template", field by field: the template's customer and specification, with each field the request gives
/// replacing the copied one and every field it leaves out kept. A blank customer name, an absent list of finishing
/// operations (not an empty one) and nulls count as left out.
/// </summary>
public static class TemplateMerge
{
    /// <summary>An empty form, for a new order without a template: merging onto it fills in what the request gives.</summary>
    public static OrderDraft Blank { get; } = new(new CustomerDetails("", null, null, null, null, null), PrintSpecification.Empty);

    public static OrderDraft Over(OrderDraft template, CustomerDetails? customer, PrintSpecification? specification) =>
        new(Customer(template.Customer, customer), Specification(template.Specification, specification));

    // The purchase-order reference is never copied: it names one purchase of the customer's, not the next.
    private static CustomerDetails Customer(CustomerDetails copied, CustomerDetails? given) => given is null
        ? copied with { PurchaseOrderReference = null }
        : new(
            string.IsNullOrWhiteSpace(given.Name) ? copied.Name : given.Name,
            given.CustomerNumber ?? copied.CustomerNumber,
            given.ContactName ?? copied.ContactName,
            given.ContactEmail ?? copied.ContactEmail,
            given.BillingAddress ?? copied.BillingAddress,
            given.VatId ?? copied.VatId)
        {
            CustomerId = given.CustomerId ?? (string.IsNullOrWhiteSpace(given.Name) ? copied.CustomerId : null),
            PurchaseOrderReference = given.PurchaseOrderReference,
        };

    private static PrintSpecification Specification(PrintSpecification copied, PrintSpecification? given) => given is null ? copied : new(
        given.Product ?? copied.Product,
        given.Title ?? copied.Title,
        given.FinishedWidthMm ?? copied.FinishedWidthMm,
        given.FinishedHeightMm ?? copied.FinishedHeightMm,
        given.Quantity ?? copied.Quantity,
        given.Pages ?? copied.Pages,
        given.ColoursFront ?? copied.ColoursFront,
        given.ColoursBack ?? copied.ColoursBack,
        given.PaperStock ?? copied.PaperStock,
        given.Finishing.IsDefault ? copied.Finishing : given.Finishing,
        given.DueDate ?? copied.DueDate,
        given.DeliveryAddress ?? copied.DeliveryAddress,
        given.Notes ?? copied.Notes);
}
