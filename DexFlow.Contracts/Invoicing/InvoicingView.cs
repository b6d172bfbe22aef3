using System.Collections.Immutable;

namespace DexFlow.Contracts.Invoicing;

/// <summary>An order's invoices (each with what is still owed on it) and payments, and whether production waits for a prepayment.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.invoicing-view")]
public sealed record InvoicingView(
    [property: Id(0)] ImmutableArray<InvoiceView> Invoices,
    [property: Id(1)] ImmutableArray<Payment> Payments,
    [property: Id(2)] bool AwaitsPrepayment);
