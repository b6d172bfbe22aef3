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

    public CustomerRequest Customer => new(Text(CustomerName), Text(CustomerNumber), Text(ContactName), Text(ContactEmail), Text(BillingAddress), Text(VatId));

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
