namespace DexFlow.Web.Api;

/// <summary>
/// How an available action is carried out over REST. Only actions that need nothing but a click are here; the others
/// (edit, reviews with reasons, schedule, payments, process reports) have forms of their own.
/// </summary>
public static class OrderActions
{
    private static readonly IReadOnlyDictionary<OrderAction, (string Path, object? Body)> OneClick = new Dictionary<OrderAction, (string, object?)>
    {
        [OrderAction.Submit] = ("submit", null),
        [OrderAction.Archive] = ("archive", null),
        [OrderAction.RetryProcessing] = ("retry-processing", null),
        [OrderAction.ApproveAccounting] = ("accounting-review", new { decision = "Approve" }),
        [OrderAction.ApproveQa] = ("qa-review", new { decision = "Approve" }),
    };

    private static readonly IReadOnlyDictionary<OrderAction, string> Rejections = new Dictionary<OrderAction, string>
    {
        [OrderAction.RejectAccounting] = "accounting-review",
        [OrderAction.RejectQa] = "qa-review",
    };

    public static bool IsOneClick(OrderAction action) => OneClick.ContainsKey(action);

    /// <summary>
    /// Whether the order page carries the action out in a form of its own: the order form (edit), the accountant's
    /// payment and credit note forms, the file upload of the documents section.
    /// </summary>
    public static bool HasForm(OrderAction action) =>
        action is OrderAction.Edit or OrderAction.RecordPayment or OrderAction.IssueCreditNote or OrderAction.AttachFile;

    /// <summary>Whether the action is a review's rejection, which needs reasons.</summary>
    public static bool IsRejection(OrderAction action) => Rejections.ContainsKey(action);

    /// <summary>The path and body of a rejection with its reasons (and, for QA, the checklist's results).</summary>
    public static (string Path, object Body) Rejection(OrderAction action, IReadOnlyList<string> reasons, IReadOnlyList<ChecklistAnswer>? checklist = null) =>
        Rejections.TryGetValue(action, out var path)
            ? (path, new { decision = "Reject", reasons, checklist })
            : throw new ArgumentOutOfRangeException(nameof(action), action, "Not a rejection.");

    /// <summary>QA's approval with the checklist's results.</summary>
    public static (string Path, object Body) QaApproval(IReadOnlyList<ChecklistAnswer> checklist) => ("qa-review", new { decision = "Approve", checklist });

    /// <summary>The path under <c>/api/orders/{number}/</c> and the JSON body of a one-click action.</summary>
    public static (string Path, object? Body) Request(OrderAction action) =>
        OneClick.TryGetValue(action, out var request) ? request : throw new ArgumentOutOfRangeException(nameof(action), action, "Not a one-click action.");
}
