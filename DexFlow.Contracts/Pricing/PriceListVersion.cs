namespace DexFlow.Contracts.Pricing;

/// <summary>One published version of the price list: who published it, when and why (the list itself is left out of history listings).</summary>
[GenerateSerializer, Immutable, Alias("dexflow.price-list-version")]
public sealed record PriceListVersion(
    [property: Id(0)] int Version,
    [property: Id(1)] PriceList? PriceList,
    [property: Id(2)] string PublishedBy,
    [property: Id(3)] DateTimeOffset PublishedAt,
    [property: Id(4)] string Comment);
