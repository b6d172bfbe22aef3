namespace DexFlow.Contracts.Orders.Views;

/// <summary>
/// The review of one revision as both sides decided it: outcome, reasons, who and when. A side that never decided
/// (the other side rejected first) stays pending; an approval voided by the other side's rejection stays approved here.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.review-round")]
public sealed record ReviewRound(
    [property: Id(0)] int Revision,
    [property: Id(1)] SideReview Accounting,
    [property: Id(2)] SideReview Qa);
