namespace DexFlow.Grains.Indexing;

/// <summary>How a field's raw match is turned into its normalised value.</summary>
public enum FieldFormat
{
    Text,
    Integer,
    Date,
    Amount,
    Size,
    Colours,
    Currency,

    /// <summary>An identifier in capitals without spaces (a BIC).</summary>
    Code,
}

/// <summary>Which documents a pattern reads.</summary>
public enum PatternScope
{
    AnyDocument,

    /// <summary>Invoices, prepayment invoices and credit notes, the shop's own and suppliers'.</summary>
    Invoices,

    /// <summary>A supplier's invoice or credit note: one without a DexFlow order code.</summary>
    SupplierInvoices,
}

/// <summary>
/// One way to find a field: a regular expression whose first group is the value (case-insensitive, multi-line),
/// how to normalise it, and how much a match is worth (0–1) on perfectly read text.
/// </summary>
public sealed class FieldPattern
{
    public string Pattern { get; set; } = "";

    public FieldFormat Format { get; set; } = FieldFormat.Text;

    public double Confidence { get; set; } = 0.8;

    public PatternScope Scope { get; set; } = PatternScope.AnyDocument;
}
