namespace DexFlow.Web.Pages.Admin.Rules;

/// <summary>
/// What a rule may say, as the API's rule checker knows it (DexFlow.Contracts' <c>RuleCondition</c> and
/// <c>RuleAction</c>). The editor offers these; the API still checks every rule on publish and dry run.
/// </summary>
public static class RuleVocabulary
{
    public const string FieldPrefix = "field.";
    public const string FieldConfidencePrefix = "fieldConfidence.";

    /// <summary>Facts without a name; <see cref="FieldPrefix"/> and <see cref="FieldConfidencePrefix"/> take a field's name.</summary>
    public static IReadOnlyList<string> Facts { get; } =
    [
        "channel", "capturePoint", "sender", "subject", "fileName", "documentType", "documentTypeConfidence", "barcode", "text", "pageCount",
        "coverSheetOrder", "orderBarcode", "needsReview", "unreadable", FieldPrefix, FieldConfidencePrefix,
    ];

    public static IReadOnlyList<string> Operators { get; } =
        ["equals", "notEquals", "contains", "matches", "exists", "notExists", "greaterThan", "lessThan", "in"];

    public static IReadOnlyList<string> ActionKinds { get; } =
        ["attachToOrder", "createDraftOrder", "sendToInbox", "manualIndexing", "exception", "setPriority", "stop"];

    public static IReadOnlyList<string> OrderSources { get; } = ["any", "barcode", "coverSheet", "subject", "field"];

    public static IReadOnlyList<string> Roles { get; } = ["Manager", "Accountant", "QA", "Planner", "Operator", "Clerk", "Administrator"];

    /// <summary>Operators that test only whether the fact is there, so take no value.</summary>
    public static bool TakesValue(string op) => op is not ("exists" or "notExists");

    /// <summary>The fact's kind as the editor's list has it, and the field name of a field fact.</summary>
    public static (string Kind, string Name) Split(string fact) =>
        fact.StartsWith(FieldConfidencePrefix, StringComparison.Ordinal) ? (FieldConfidencePrefix, fact[FieldConfidencePrefix.Length..])
        : fact.StartsWith(FieldPrefix, StringComparison.Ordinal) ? (FieldPrefix, fact[FieldPrefix.Length..])
        : (fact, "");

    public static bool IsField(string kind) => kind is FieldPrefix or FieldConfidencePrefix;
}
