using System.Globalization;
using DexFlow.Contracts.Invoicing;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Views;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Orders;

namespace DexFlow.Grains.Deadlines;

/// <summary>
/// Which wait an order is in and when it is due, and flagging a breach, pure. Review and planning count working days
/// (Monday to Friday), the prepayment calendar days.
/// </summary>
public static class DeadlineRules
{
    public const string Review = "review";
    public const string Planning = "planning";
    public const string Prepayment = "prepayment";

    /// <summary>The waits an order can overrun, as flags name them.</summary>
    public static readonly string[] AllWaits = [Review, Planning, Prepayment];

    /// <summary>A flag's audit entry: the wait, when it was due, and how often it has been flagged.</summary>
    public static string FlagDetails(string waiting, DateTimeOffset dueBy, int times) =>
        string.Create(CultureInfo.InvariantCulture, $"The {waiting} was due by {dueBy:yyyy-MM-dd HH:mm} (flagged {times}×)");

    /// <summary>A SQL LIKE pattern for the entry that first flagged an overrun of <paramref name="waiting"/>: the reports count a breach by it.</summary>
    public static string FirstFlagPattern(string waiting) => $"The {waiting} was due by % (flagged 1×)";

    public sealed record Wait(string Waiting, DateTimeOffset Since, DateTimeOffset DueBy);

    public static IReadOnlyList<Wait> Waits(OrderState state, DeadlineOptions options)
    {
        var waits = new List<Wait>();
        if (state.Stage == OrderStage.InReview)
        {
            waits.Add(new Wait(Review, state.StageSince, AddWorkingDays(state.StageSince, options.ReviewWorkingDays)));
        }

        if (state.Stage == OrderStage.Approved)
        {
            waits.Add(new Wait(Planning, state.StageSince, AddWorkingDays(state.StageSince, options.PlanningWorkingDays)));
        }

        if (state.Stage is OrderStage.Approved or OrderStage.Scheduled && state.AwaitsPrepayment)
        {
            var invoice = state.Invoices.First(invoice => invoice.Kind == InvoiceKind.Prepayment);
            waits.Add(new Wait(Prepayment, invoice.IssuedAt, invoice.IssuedAt.AddDays(PaymentDays(invoice, options))));
        }

        return waits;
    }

    /// <summary>
    /// Flags the first overdue wait (again when <see cref="DeadlineOptions.RepeatEvery"/> has passed since the last flag),
    /// clears a flag whose wait is over; otherwise returns the same state.
    /// </summary>
    public static OrderState Check(OrderState state, DateTimeOffset now, DeadlineOptions options)
    {
        var overdue = Waits(state, options).FirstOrDefault(wait => now > wait.DueBy);
        if (overdue is null)
        {
            return state.Deadline is null ? state : OrderWorkflow.Transition(state with { Deadline = null }, Caller.System, OrderAction.FlagDeadline, state.Stage, now,
                $"The {state.Deadline.Waiting} deadline no longer applies");
        }

        var flagged = state.Deadline;
        if (flagged is not null && flagged.Waiting == overdue.Waiting && now - flagged.FlaggedAt < options.RepeatEvery)
        {
            return state;
        }

        var times = flagged?.Waiting == overdue.Waiting ? flagged.Times + 1 : 1;
        var breach = new DeadlineView(overdue.Waiting, overdue.Since, overdue.DueBy, now, times);
        return OrderWorkflow.Transition(state with { Deadline = breach }, Caller.System, OrderAction.FlagDeadline, state.Stage, now,
            FlagDetails(overdue.Waiting, overdue.DueBy, times));
    }

    /// <summary>A late prepayment is money: shown only to those who see invoices (the order is simply not overdue to others).</summary>
    public static bool MayShow(string waiting, bool seesInvoicing) => waiting != Prepayment || seesInvoicing;

    public static DeadlineView? VisibleTo(DeadlineView? deadline, bool seesInvoicing) =>
        deadline is not null && MayShow(deadline.Waiting, seesInvoicing) ? deadline : null;

    /// <summary>
    /// The days a prepayment may take: the terms its invoice gives (the customer's, or the shop's), so the deadline and
    /// the invoice's due date agree; for an invoice issued before terms were recorded, the configured days.
    /// </summary>
    private static int PaymentDays(Contracts.Invoicing.Invoice invoice, DeadlineOptions options) =>
        invoice.Details?.PaymentTermsDays ?? options.PrepaymentDays;

    public static DateTimeOffset AddWorkingDays(DateTimeOffset start, int days)
    {
        var at = start;
        for (var added = 0; added < days;)
        {
            at = at.AddDays(1);
            if (at.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                added++;
            }
        }

        return at;
    }
}
