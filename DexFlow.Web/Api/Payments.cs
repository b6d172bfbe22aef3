namespace DexFlow.Web.Api;

/// <summary>Money received against an invoice (<c>POST /api/orders/{number}/payments</c>).</summary>
public sealed record PaymentRequest(string InvoiceNumber, decimal Amount, DateOnly PaidOn);

/// <summary>A credit note against an invoice (<c>POST /api/orders/{number}/credit-notes</c>): how much (gross) and why.</summary>
public sealed record CreditNoteRequest(string InvoiceNumber, decimal Amount, string Reason);
