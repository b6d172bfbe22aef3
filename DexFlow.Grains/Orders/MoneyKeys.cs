using System.Globalization;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Commands;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Idempotency;

namespace DexFlow.Grains.Orders;

/// <summary>
/// How an Idempotency-Key names a payment or a credit note of an order (<see cref="KeyedChanges"/>): a scope per caller
/// and kind (like order creation's), a hash of what identifies the request (the order among it, so a key reused on
/// another order is refused), and the ledger key a keyed credit note is issued under.
/// </summary>
public static class MoneyKeys
{
    public static string PaymentScope(Caller caller) => "payments:" + caller.UserId;

    public static string CreditNoteScope(Caller caller) => "credit-notes:" + caller.UserId;

    public static string Hash(string orderNumber, RecordPayment payment) =>
        KeyedChanges.Hash(orderNumber, payment.InvoiceNumber?.Trim(), Amount(payment.Amount), payment.PaidOn);

    public static string Hash(string orderNumber, NewCreditNote request) =>
        KeyedChanges.Hash(orderNumber, request.InvoiceNumber.Trim(), Amount(request.Amount), request.Reason.Trim());

    /// <summary>The ledger key of a credit note asked for under an Idempotency-Key, by the id the key was claimed for.</summary>
    public static string CreditIssueKey(string orderNumber, string id) => $"{orderNumber}:credit:{id}";

    /// <summary>Amounts as requests are compared: 10, 10.0 and 10.00 are the same request.</summary>
    private static string Amount(decimal amount) => amount.ToString("0.00##########", CultureInfo.InvariantCulture);
}
