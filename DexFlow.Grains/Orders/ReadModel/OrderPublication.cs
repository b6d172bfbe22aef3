using System.Globalization;
using DexFlow.Contracts.Invoicing;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Views;
using DexFlow.Contracts.Planning;

namespace DexFlow.Grains.Orders.ReadModel;

/// <summary>
/// What an order publishes after a state write: its row, the audit entries still in its outbox, and what those
/// entries changed that reports read: its payments while an entry records one, its bookings (all of them, to replace
/// the published ones; null when unchanged) while an entry plans or cancels it.
/// </summary>
public sealed record OrderPublication(
    OrderRow Row,
    IReadOnlyList<AuditEntry> Audit,
    IReadOnlyList<Payment> Payments,
    IReadOnlyList<ScheduledProcess>? Bookings)
{
    public static OrderPublication Of(OrderState state) => new(
        OrderRow.From(state),
        state.PendingAudit,
        Recorded(state, OrderAction.RecordPayment) ? state.Payments : [],
        Recorded(state, OrderAction.Schedule) || Recorded(state, OrderAction.Cancel)
            ? state.Schedule is { } schedule && state.Stage != OrderStage.Cancelled ? schedule.Processes : []
            : null);

    private static bool Recorded(OrderState state, OrderAction action) => state.PendingAudit.Any(entry => entry.Action == action);

    /// <summary>A payment's key within its order: its id, or for payments recorded before ids, when it was recorded.</summary>
    public static string KeyOf(Payment payment) =>
        payment.Id ?? payment.InvoiceNumber + "@" + payment.RecordedAt.UtcTicks.ToString(CultureInfo.InvariantCulture);
}
