using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Orders;
using DexFlow.Grains.Validation;

namespace DexFlow.Grains.Orders;

/// <summary>
/// What makes an order form acceptable: a draft may be incomplete but never nonsensical; a submitted form must hold
/// everything the estimate and the work sheet need.
/// </summary>
public static class OrderFormRules
{
    /// <summary>Kept for callers outside orders (routing's draft orders); the limit itself lives in <see cref="InputLimits"/>.</summary>
    public const int MaxTextLength = InputLimits.ShortText;

    /// <summary>Throws <see cref="ValidationException"/> naming every field that is malformed.</summary>
    public static void EnsureWellFormed(OrderDraft draft)
    {
        var errors = new Problems();
        var customer = draft.Customer;
        errors.Required("customer.name", customer.Name);
        errors.ShortText("customer.name", customer.Name);
        errors.ShortText("customer.customerNumber", customer.CustomerNumber);
        errors.ShortText("customer.contactName", customer.ContactName);
        errors.ShortText("customer.contactEmail", customer.ContactEmail);
        if (!string.IsNullOrWhiteSpace(customer.ContactEmail) && !LooksLikeEmail(customer.ContactEmail))
        {
            errors.Add("customer.contactEmail", "Must be an e-mail address.");
        }

        errors.LongText("customer.billingAddress", customer.BillingAddress);
        errors.ShortText("customer.vatId", customer.VatId);
        errors.ShortText("customer.customerId", customer.CustomerId);
        errors.ShortText("customer.purchaseOrderReference", customer.PurchaseOrderReference);

        var spec = draft.Specification;
        errors.ShortText("specification.title", spec.Title);
        errors.Range("specification.finishedWidthMm", spec.FinishedWidthMm, 1, 5000);
        errors.Range("specification.finishedHeightMm", spec.FinishedHeightMm, 1, 5000);
        errors.Range("specification.quantity", spec.Quantity, 1, 10_000_000);
        errors.Range("specification.pages", spec.Pages, 1, 2000);
        errors.Range("specification.coloursFront", spec.ColoursFront, 0, 8);
        errors.Range("specification.coloursBack", spec.ColoursBack, 0, 8);
        errors.ShortText("specification.paperStock", spec.PaperStock);
        errors.LongText("specification.deliveryAddress", spec.DeliveryAddress);
        errors.LongText("specification.notes", spec.Notes);
        if (spec.Finishing.IsDefault)
        {
            errors.Add("specification.finishing", "Must be a list (it may be empty).");
        }
        else
        {
            errors.MaxCount("specification.finishing", spec.Finishing, InputLimits.FinishingOperations, "operations");

            if (spec.Finishing.Any(string.IsNullOrWhiteSpace))
            {
                errors.Add("specification.finishing", "Operations must be named.");
            }

            if (spec.Finishing.Any(operation => operation?.Length > InputLimits.ShortText))
            {
                errors.Add("specification.finishing", $"Operation names have at most {InputLimits.ShortText} characters.");
            }
        }

        errors.ThrowIfAny();
    }

    /// <summary>Throws <see cref="ValidationException"/> naming every field a submitted order still lacks.</summary>
    public static void EnsureComplete(OrderDraft draft, DateOnly today)
    {
        EnsureWellFormed(draft);
        var errors = new Problems();
        var spec = draft.Specification;
        errors.Present("specification.product", spec.Product);
        errors.Present("specification.finishedWidthMm", spec.FinishedWidthMm);
        errors.Present("specification.finishedHeightMm", spec.FinishedHeightMm);
        errors.Present("specification.quantity", spec.Quantity);
        errors.Present("specification.pages", spec.Pages);
        errors.Present("specification.coloursFront", spec.ColoursFront);
        errors.Present("specification.coloursBack", spec.ColoursBack);
        errors.Required("specification.paperStock", spec.PaperStock);
        errors.Present("specification.dueDate", spec.DueDate);
        if (spec.DueDate is { } due && due < today)
        {
            errors.Add("specification.dueDate", $"Must not be in the past (today is {today:yyyy-MM-dd}).");
        }

        errors.ThrowIfAny();
    }

    /// <summary>A rejection or cancellation must say why (bounded like any reason: <see cref="OrderInputRules"/>).</summary>
    public static IReadOnlyList<string> EnsureReasons(string field, IEnumerable<string>? reasons)
    {
        var given = (reasons ?? []).Where(reason => !string.IsNullOrWhiteSpace(reason)).Select(reason => reason.Trim()).ToArray();
        var errors = new Problems();
        if (given.Length == 0)
        {
            errors.Add(field, "At least one reason is required.");
        }

        OrderInputRules.Reasons(errors, field, given);
        errors.ThrowIfAny();
        return given;
    }

    private static bool LooksLikeEmail(string value)
    {
        var at = value.IndexOf('@');
        return at > 0 && at < value.Length - 1 && !value.Any(char.IsWhiteSpace);
    }
}
