using System.Collections.Immutable;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Commands;
using DexFlow.Contracts.Planning;
using DexFlow.Grains.Validation;

namespace DexFlow.Grains.Orders;

/// <summary>
/// Bounds every free text of the order commands and requests (<see cref="InputLimits"/>), checked before anything
/// else happens: an overlong reason is a 400 naming its field, never minutes of work. The order form's own rules are
/// <see cref="OrderFormRules"/>.
/// </summary>
public static class OrderInputRules
{
    /// <summary>
    /// Throws <see cref="ValidationException"/> naming every field of the command that is too long (an edit's form is
    /// checked whole by <see cref="OrderFormRules.EnsureWellFormed"/>).
    /// </summary>
    public static void EnsureBounded(OrderCommand command)
    {
        var errors = new Problems();
        switch (command)
        {
            case ReviewOrder review:
                Reasons(errors, "reasons", review.Reasons.IsDefault ? [] : review.Reasons);
                errors.MaxCount("checklist", review.Checklist.IsDefault ? [] : review.Checklist, Quality.QaChecklistRules.MaxItems, "results");
                break;
            case CancelOrder cancel:
                errors.LongText("reason", cancel.Reason);
                break;
            case RecordPayment payment:
                errors.ShortText("invoiceNumber", payment.InvoiceNumber);
                break;
            case StartProcess start:
                errors.ShortText("processId", start.ProcessId);
                break;
            case FinishProcess finish:
                errors.ShortText("processId", finish.ProcessId);
                break;
        }

        errors.ThrowIfAny();
    }

    public static void EnsureBounded(NewCreditNote request)
    {
        var errors = new Problems();
        errors.ShortText("invoiceNumber", request.InvoiceNumber);
        errors.Required("reason", request.Reason);
        errors.LongText("reason", request.Reason);
        errors.ThrowIfAny();
    }

    public static void EnsureBounded(ImmutableArray<ProcessSlot> slots, string? note)
    {
        var errors = new Problems();
        errors.LongText("note", note);
        errors.MaxCount("slots", slots.IsDefault ? [] : slots, InputLimits.ScheduleSlots, "slots");
        if (!slots.IsDefault && slots.Any(slot => slot.ProcessId?.Length > InputLimits.ShortText || slot.ResourceId?.Length > InputLimits.ShortText))
        {
            errors.Add("slots", $"Process and resource ids have at most {InputLimits.ShortText} characters.");
        }

        errors.ThrowIfAny();
    }

    public static void EnsureBounded(OrderQuery query)
    {
        var errors = new Problems();
        errors.ShortText("customer", query.Customer);
        errors.ShortText("text", query.Text);
        foreach (var (field, range) in new[] { ("created", query.Created), ("due", query.Due), ("completed", query.Completed), ("archivedOn", query.ArchivedOn) })
        {
            if (range.From > range.To)
            {
                errors.Add(field + "From", "Must not be after " + field + "To.");
            }
        }

        if (query.MinAmount > query.MaxAmount)
        {
            errors.Add("minAmount", "Must not be more than maxAmount.");
        }

        errors.ThrowIfAny();
    }

    /// <summary>An Idempotency-Key is an opaque token of bounded length (a UUID is typical).</summary>
    public static void EnsureKey(string? idempotencyKey)
    {
        if (idempotencyKey?.Length > InputLimits.IdempotencyKey)
        {
            throw ValidationException.For("Idempotency-Key", $"At most {InputLimits.IdempotencyKey} characters.");
        }
    }

    /// <summary>The reasons of one decision: a bounded number, each of bounded length.</summary>
    public static void Reasons(Problems errors, string field, IReadOnlyCollection<string> reasons)
    {
        errors.MaxCount(field, reasons, InputLimits.Reasons, "reasons");
        if (reasons.Any(reason => reason?.Length > InputLimits.LongText))
        {
            errors.Add(field, $"Each reason has at most {InputLimits.LongText} characters.");
        }
    }
}
