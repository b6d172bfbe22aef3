namespace DexFlow.Contracts.Invoicing;

/// <summary>
/// A payment received against an invoice, as Accounting recorded it. <see cref="Id"/> tells payments apart (a retried
/// request with an Idempotency-Key finds its payment by it); payments recorded before ids existed have none.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.payment")]
public sealed record Payment(
    [property: Id(0)] string InvoiceNumber,
    [property: Id(1)] decimal Amount,
    [property: Id(2)] DateOnly PaidOn,
    [property: Id(3)] string RecordedBy,
    [property: Id(4)] DateTimeOffset RecordedAt,
    [property: Id(5)] string? Id = null);
