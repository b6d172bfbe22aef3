namespace DexFlow.Web.Api;

// The order form as the API takes it (DexFlow.Api's CustomerRequest, SpecificationRequest, CreateOrderRequest,
// OrderFormRequest). Nulls are left out of the JSON, which on a new order from a template means "keep the copied value".

/// <summary><see cref="CustomerId"/> links the order to the customer master, whose details then stand.</summary>
public sealed record CustomerRequest(
    string? Name,
    string? CustomerNumber,
    string? ContactName,
    string? ContactEmail,
    string? BillingAddress,
    string? VatId,
    string? CustomerId = null,
    string? PurchaseOrderReference = null);

/// <summary>Colours are per side (4/0 is 4 and 0); paper stock and finishing are price-list codes.</summary>
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
    IReadOnlyList<string> Finishing,
    DateOnly? DueDate,
    string? DeliveryAddress,
    string? Notes);

/// <summary>A new draft; with <see cref="TemplateOrder"/> it starts from that order's customer and specification.</summary>
public sealed record CreateOrderRequest(CustomerRequest Customer, SpecificationRequest Specification, string? TemplateOrder);

/// <summary>The whole form of an existing draft (<c>PUT /api/orders/{number}</c>), replacing the stored one.</summary>
public sealed record OrderFormRequest(CustomerRequest Customer, SpecificationRequest Specification);

/// <summary>A specification to price (<c>POST /api/pricing/estimate</c>).</summary>
public sealed record EstimateRequest(SpecificationRequest Specification);

/// <summary>The printed products an order form offers (Contracts' <c>ProductType</c>).</summary>
public enum ProductType
{
    Flyer,
    Leaflet,
    Brochure,
    Booklet,
    Poster,
    BusinessCard,
    Letterhead,
    Postcard,
    Folder,
    Catalogue,
    Other,

    /// <summary>A product a newer server offers: shown as the order's own value nowhere, offered never.</summary>
    Unknown = -1,
}
