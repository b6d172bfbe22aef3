namespace DexFlow.Web.Pages.Indexing;

/// <summary>The fields DexFlow extracts (Contracts' <c>FieldNames</c>), in the order the station lists them.</summary>
public static class IndexFields
{
    public static IReadOnlyList<string> All { get; } =
    [
        "order_number", "customer_name", "customer_reference", "quantity", "product", "finished_size_mm", "colours", "paper", "due_date",
        "order_date", "pages", "finishing", "net_amount", "vat_amount", "gross_amount", "currency", "invoice_number", "invoice_date", "vat_rate",
        "supplier_name", "supplier_vat_id", "iban", "bic",
    ];

    /// <summary>
    /// Below this the station highlights a value for the clerk to check. A little above the API's default review
    /// threshold for required fields (0.5), so that borderline values are looked at too.
    /// </summary>
    public const double LowConfidence = 0.6;

    /// <summary>The text key of a field's label: <c>order_number</c> is <c>FieldOrderNumber</c>.</summary>
    public static string LabelKey(string name) =>
        "Field" + string.Concat(name.Split('_').Where(part => part.Length > 0).Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
