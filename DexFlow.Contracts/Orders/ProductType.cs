namespace DexFlow.Contracts.Orders;

/// <summary>The printed products an order form offers.</summary>
[GenerateSerializer]
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
}
