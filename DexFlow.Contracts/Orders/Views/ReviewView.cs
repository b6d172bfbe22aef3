namespace DexFlow.Contracts.Orders.Views;

/// <summary>Where the two parallel reviews of the current revision stand.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.review-view")]
public sealed record ReviewView([property: Id(0)] SideReview Accounting, [property: Id(1)] SideReview Qa);
