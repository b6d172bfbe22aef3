using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Pricing;

namespace DexFlow.Api.Pricing;

/// <summary>A new version of the price list and why it is published.</summary>
public sealed record PublishPriceListRequest(PriceList? PriceList, string? Comment);

/// <summary>A specification to price with the list in force.</summary>
public sealed record EstimateRequest(PrintSpecification? Specification);
