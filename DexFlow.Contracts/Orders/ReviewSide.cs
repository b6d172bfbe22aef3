namespace DexFlow.Contracts.Orders;

/// <summary>The two reviews an order needs before it is approved; they happen in parallel.</summary>
[GenerateSerializer]
public enum ReviewSide
{
    Accounting,
    Qa,
}
