namespace DexFlow.Contracts.Invoicing;

/// <summary>The kinds of invoice, each numbered in its own series per year (<c>PRE-2026-000001</c>, <c>INV-…</c>, <c>CRN-…</c>).</summary>
[GenerateSerializer]
public enum InvoiceKind
{
    Prepayment,
    Final,
    CreditNote,
}
