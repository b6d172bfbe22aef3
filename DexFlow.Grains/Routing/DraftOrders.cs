using System.Collections.Immutable;
using System.Globalization;
using DexFlow.Contracts.Customers;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Validation;
using DexFlow.Grains.Orders;
using DexFlow.Grains.Validation;

namespace DexFlow.Grains.Routing;

/// <summary>Turns a purchase order's extracted fields into a draft order form, keeping only values a form accepts.</summary>
public static class DraftOrders
{
    /// <summary>The customer name read from the document, as a form would take it.</summary>
    public static string? CustomerName(IReadOnlyList<FieldValue> fields) =>
        Truncate(fields.FirstOrDefault(field => field.Name == FieldNames.CustomerName)?.Value);

    /// <param name="customer">The customer the document was matched to with confidence; null to name the customer as read.</param>
    public static NewOrder From(IReadOnlyList<FieldValue> fields, string documentId, CustomerView? customer)
    {
        string? Field(string name) => fields.FirstOrDefault(field => field.Name == name)?.Value;
        int? Number(string name, int min, int max) =>
            int.TryParse(Field(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value : null;

        var size = Field(FieldNames.FinishedSize)?.Split('x');
        int? Size(int at) => size is { Length: 2 } && int.TryParse(size[at], out var mm) && mm is >= 1 and <= 5000 ? mm : null;
        var colours = Field(FieldNames.Colours)?.Split('/');
        int? Colours(int at) => colours is { Length: 2 } && int.TryParse(colours[at], out var count) && count is >= 0 and <= 8 ? count : null;
        var product = Field(FieldNames.Product) is { } name
            ? Enum.GetValues<ProductType>().Cast<ProductType?>().FirstOrDefault(type => name.Replace(" ", "", StringComparison.Ordinal).Contains(type.ToString()!, StringComparison.OrdinalIgnoreCase))
            : null;
        var due = DateOnly.TryParseExact(Field(FieldNames.DueDate), "yyyy-MM-dd", out var date) ? date : (DateOnly?)null;

        // Operations as the price list codes them ("saddle stitching" is saddle-stitching); the manager checks them.
        var finishing = (Field(FieldNames.Finishing) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(operation => operation.Replace(' ', '-')).Take(InputLimits.FinishingOperations).ToImmutableArray();

        var customerDetails = new CustomerDetails(customer?.Profile.Name ?? CustomerName(fields) ?? "Unknown customer", null, null, null, null, null)
        {
            CustomerId = customer?.CustomerId,
            PurchaseOrderReference = Truncate(Field(FieldNames.CustomerReference)),
        };
        var specification = new PrintSpecification(product ?? (Field(FieldNames.Product) is null ? null : ProductType.Other), Truncate(Field(FieldNames.Product)),
            Size(0), Size(1), Number(FieldNames.Quantity, 1, 10_000_000), Number(FieldNames.Pages, 1, 10_000), Colours(0), Colours(1), Truncate(Field(FieldNames.Paper)), finishing, due, null,
            $"Drafted from document {documentId}; check every field against it.");
        return new NewOrder(customerDetails, specification, null);
    }

    private static string? Truncate(string? text) =>
        text is null ? null : SafeText.Clean(text) is var clean ? clean[..Math.Min(clean.Length, OrderFormRules.MaxTextLength)] : null;
}
