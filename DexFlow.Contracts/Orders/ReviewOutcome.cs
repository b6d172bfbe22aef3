namespace DexFlow.Contracts.Orders;

[GenerateSerializer]
public enum ReviewOutcome
{
    Pending,
    Approved,
    Rejected,
}
