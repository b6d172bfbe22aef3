namespace DexFlow.Contracts.Orders;

/// <summary>The stages of an order (domain.md §2).</summary>
[GenerateSerializer]
public enum OrderStage
{
    Draft,
    Submitted,
    Processing,
    InReview,
    AdjustmentsRequired,
    Approved,
    Scheduled,
    InProduction,
    Completed,
    Archived,
    Cancelled,
}
