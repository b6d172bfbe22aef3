namespace DexFlow.Contracts.Orders;

/// <summary>A credit note to issue against one of the order's invoices: how much (gross) it takes back, and why.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.new-credit-note")]
public sealed record NewCreditNote(
    [property: Id(0)] string InvoiceNumber,
    [property: Id(1)] decimal Amount,
    [property: Id(2)] string Reason);
