using System.Collections.Immutable;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Commands;
using DexFlow.Contracts.Quality;
using DexFlow.Grains.Validation;

namespace DexFlow.Grains.Quality;

/// <summary>What a checklist must be, and what a review must answer of it: the one place for both.</summary>
public static class QaChecklistRules
{
    public const int MaxItems = 100;

    /// <summary>Throws <see cref="ValidationException"/> naming each item that breaks a rule.</summary>
    public static void EnsureValid(QaChecklist checklist)
    {
        var errors = new Problems();
        var items = checklist.Items.IsDefault ? [] : checklist.Items;
        errors.MaxCount("items", items, MaxItems, "items");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            if (item.Id is not { Length: >= 1 and <= 64 } id || !id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                errors.Add($"items[{i}].id", "1 to 64 lower-case letters, digits and '-'.");
            }
            else if (!seen.Add(id))
            {
                errors.Add($"items[{i}].id", $"'{id}' is used by another item.");
            }

            errors.Required($"items[{i}].text", item.Text);
            errors.ShortText($"items[{i}].text", item.Text);
            if (!item.ProductTypes.IsDefault && item.ProductTypes.Any(type => !Enum.IsDefined(type)))
            {
                errors.Add($"items[{i}].productTypes", $"Product types are {string.Join(", ", Enum.GetNames<ProductType>())}.");
            }
        }

        errors.ThrowIfAny();
    }

    /// <summary>The items that apply to an order of <paramref name="product"/>.</summary>
    public static IEnumerable<QaChecklistItem> ApplicableTo(QaChecklist checklist, ProductType? product) =>
        checklist.Items.Where(item => item.ProductTypes.IsDefaultOrEmpty || (product is { } type && item.ProductTypes.Contains(type)));

    /// <summary>
    /// The review as the order records it. QA answers items of the checklist in force that apply to the order: an
    /// approval needs every mandatory item passed; a rejection names each failed item among its reasons. Accounting
    /// has no checklist.
    /// </summary>
    public static ReviewOrder Answered(ReviewOrder review, QaChecklist checklist, int version, ProductType? product)
    {
        var results = review.Checklist.IsDefault ? [] : review.Checklist;
        if (review.Side == ReviewSide.Accounting)
        {
            return results.IsEmpty ? review : throw ValidationException.For("checklist", "Accounting's review has no checklist.");
        }

        var applicable = ApplicableTo(checklist, product).ToDictionary(item => item.Id);
        var errors = new Problems();
        var answered = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < results.Length; i++)
        {
            var result = results[i];
            if (result.ItemId is null || !applicable.ContainsKey(result.ItemId))
            {
                errors.Add($"checklist[{i}].itemId", $"'{result.ItemId}' is no item of checklist version {version} for this product.");
            }
            else if (!answered.Add(result.ItemId))
            {
                errors.Add($"checklist[{i}].itemId", $"'{result.ItemId}' is answered twice.");
            }

            errors.LongText($"checklist[{i}].note", result.Note);
        }

        errors.ThrowIfAny();
        var passed = results.Where(result => result.Passed).Select(result => result.ItemId).ToHashSet(StringComparer.Ordinal);
        var failed = results.Where(result => !result.Passed).ToArray();
        if (review.Approve && applicable.Values.Where(item => item.Mandatory && !passed.Contains(item.Id)).Select(item => item.Id).ToArray() is { Length: > 0 } open)
        {
            throw ValidationException.For("checklist", $"To approve, every mandatory item must pass: {string.Join(", ", open)}.");
        }

        var reasons = review.Reasons.IsDefault ? [] : review.Reasons;
        return review with
        {
            Checklist = [.. results.Select(result => result with { Note = string.IsNullOrWhiteSpace(result.Note) ? null : result.Note.Trim() })],
            ChecklistVersion = version,
            Reasons = review.Approve
                ? reasons
                : [.. reasons, .. failed.Select(result => $"Failed: {applicable[result.ItemId].Text}" + (string.IsNullOrWhiteSpace(result.Note) ? "" : $" ({result.Note.Trim()})"))],
        };
    }
}
