namespace DexFlow.Grains.Routing;

/// <summary>The facts a condition may test (see <see cref="Contracts.Routing.RuleCondition"/>).</summary>
public static class RuleFacts
{
    public const string Channel = "channel";
    public const string CapturePoint = "capturePoint";
    public const string Sender = "sender";
    public const string Subject = "subject";
    public const string FileName = "fileName";
    public const string DocumentType = "documentType";
    public const string DocumentTypeConfidence = "documentTypeConfidence";
    public const string Barcode = "barcode";
    public const string Text = "text";
    public const string PageCount = "pageCount";
    public const string CoverSheetOrder = "coverSheetOrder";

    /// <summary>The order named by DexFlow's own order barcode (<see cref="Indexing.BarcodeConventions.OrderPrefix"/>).</summary>
    public const string OrderBarcode = "orderBarcode";
    public const string NeedsReview = "needsReview";
    public const string Unreadable = "unreadable";
    public const string FieldPrefix = "field.";
    public const string FieldConfidencePrefix = "fieldConfidence.";

    public static IReadOnlySet<string> Plain { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Channel, CapturePoint, Sender, Subject, FileName, DocumentType, DocumentTypeConfidence, Barcode, Text, PageCount,
        CoverSheetOrder, OrderBarcode, NeedsReview, Unreadable,
    };

    public static IReadOnlySet<string> Operators { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "equals", "notEquals", "contains", "matches", "exists", "notExists", "greaterThan", "lessThan", "in",
    };

    public static IReadOnlySet<string> Actions { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "attachToOrder", "createDraftOrder", "sendToInbox", "manualIndexing", "exception", "setPriority", "stop",
    };

    public static IReadOnlySet<string> OrderSources { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "barcode", "coverSheet", "subject", "field", "any",
    };
}
