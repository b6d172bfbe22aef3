using System.Globalization;
using DexFlow.Web.Api;

namespace DexFlow.Web.Pages.OrderForm;

/// <summary>
/// What the manager is filling in, field by field as the inputs hold it; <see cref="Customer"/> and
/// <see cref="Specification"/> turn it into the API's request. Blank texts are sent as absent.
/// </summary>
public sealed class OrderFormModel
{
    public string? CustomerName { get; set; }
    public string? CustomerNumber { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? BillingAddress { get; set; }
    public string? VatId { get; set; }

    /// <summary>The customer in the master the order is for; while set, the master's name and billing details stand.</summary>
    public string? CustomerId { get; set; }

    /// <summary>The customer's own order number or reference, quoted on invoices.</summary>
    public string? PurchaseOrderReference { get; set; }

    public ProductType? Product { get; set; }
    public string? Title { get; set; }
    public int? FinishedWidthMm { get; set; }
    public int? FinishedHeightMm { get; set; }
    public int? Quantity { get; set; }
    public int? Pages { get; set; }
    public int? ColoursFront { get; set; }
    public int? ColoursBack { get; set; }
    public string? PaperStock { get; set; }

    /// <summary>Finishing operation codes in the order they are done (the order they were chosen in).</summary>
    public List<string> Finishing { get; set; } = [];

    /// <summary>The due date as the date input holds it (yyyy-MM-dd).</summary>
    public string? DueDate { get; set; }

    public string? DeliveryAddress { get; set; }
    public string? Notes { get; set; }

    /// <summary>The form of an order as its manager reads it (a template to start from, or a draft to edit).</summary>
    public static OrderFormModel From(OrderView order)
    {
        var model = new OrderFormModel();
        if (order.Customer is { } customer)
        {
            model.CustomerName = customer.Name;
            model.CustomerNumber = customer.CustomerNumber;
            model.ContactName = customer.ContactName;
            model.ContactEmail = customer.ContactEmail;
            model.BillingAddress = customer.BillingAddress;
            model.VatId = customer.VatId;
            model.CustomerId = customer.CustomerId;
            model.PurchaseOrderReference = customer.PurchaseOrderReference;
        }

        if (order.Specification is { } spec)
        {
            model.Product = Enum.TryParse<ProductType>(spec.Product, out var product) && product != ProductType.Unknown ? product : null;
            model.Title = spec.Title;
            model.FinishedWidthMm = spec.FinishedWidthMm;
            model.FinishedHeightMm = spec.FinishedHeightMm;
            model.Quantity = spec.Quantity;
            model.Pages = spec.Pages;
            model.ColoursFront = spec.ColoursFront;
            model.ColoursBack = spec.ColoursBack;
            model.PaperStock = spec.PaperStock;
            model.Finishing = [.. spec.Finishing ?? []];
            model.DueDate = spec.DueDate is { } due ? Dates.ToInput(due) : null;
            model.DeliveryAddress = spec.DeliveryAddress;
            model.Notes = spec.Notes;
        }

        return model;
    }

    public CustomerRequest Customer => new(Text(CustomerName), Text(CustomerNumber), Text(ContactName), Text(ContactEmail), Text(BillingAddress), Text(VatId),
        Text(CustomerId), Text(PurchaseOrderReference));

    /// <summary>Links the form to a customer of the master: their name and billing details, and their first contact unless one is named.</summary>
    public void Choose(Api.Customer customer)
    {
        CustomerId = customer.CustomerId;
        CustomerName = customer.Name;
        CustomerNumber = customer.CustomerNumber;
        BillingAddress = customer.BillingAddress;
        VatId = customer.VatId;
        if (string.IsNullOrWhiteSpace(ContactName) && customer.Contacts.FirstOrDefault() is { } contact)
        {
            ContactName = contact.Name;
            ContactEmail = contact.Email;
        }
    }

    public SpecificationRequest Specification => new(
        Product, Text(Title), FinishedWidthMm, FinishedHeightMm, Quantity, Pages, ColoursFront, ColoursBack, Text(PaperStock),
        [.. Finishing], Day(DueDate), Text(DeliveryAddress), Text(Notes));

    public void ToggleFinishing(string code, bool chosen)
    {
        Finishing.Remove(code);
        if (chosen)
        {
            Finishing.Add(code);
        }
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // A date the input could not give as yyyy-MM-dd is left out; the API then names the field if it is required.
    private static DateOnly? Day(string? value) => Dates.FromInput(value);
}
