using DexFlow.Contracts.Invoicing;
using DexFlow.Grains.Orders;

namespace DexFlow.Grains.Invoicing;

/// <summary>
/// A credit note checked against the order (<see cref="State"/>, which records every invoice the ledger holds for it):
/// either found issued already (<see cref="Issued"/>), or ready to issue (<see cref="Request"/>).
/// </summary>
public sealed record CreditNotePlan(OrderState State, Invoice? Issued, InvoiceRequest? Request);
