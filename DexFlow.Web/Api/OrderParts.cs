namespace DexFlow.Web.Api;

public sealed record SideReview(ReviewOutcome Outcome, string? ReviewerId, string? ReviewerName, DateTimeOffset? DecidedAt, IReadOnlyList<string>? Reasons);

public sealed record ReviewRound(int Revision, SideReview Accounting, SideReview Qa);

/// <summary>Where both reviews of the current revision stand, and every round as decided, oldest first.</summary>
public sealed record ReviewView(SideReview Accounting, SideReview Qa, IReadOnlyList<ReviewRound>? Rounds);

/// <summary>A document of the order (Contracts' <c>AttachedDocument</c>); its bytes are at <c>/api/orders/{number}/documents/{id}/content</c>.</summary>
public sealed record DocumentView(string DocumentId, DocumentType? Type, string FileName, string MediaType, string Source, DateTimeOffset AttachedAt, int Revision = 1);

public sealed record ScheduledProcess(string ProcessId, int Sequence, string Name, string ResourceId, DateTimeOffset Start, DateTimeOffset End, int Minutes,
    DateTimeOffset? StartedAt = null, string? StartedBy = null, DateTimeOffset? FinishedAt = null, string? FinishedBy = null);

public sealed record ScheduleView(IReadOnlyList<ScheduledProcess> Processes, string? Note, string PlannedBy, DateTimeOffset ConfirmedAt, bool MissesDueDate);

public sealed record InvoiceView(string Number, string Kind, string Currency, decimal Gross, decimal Payable, decimal AmountDue, DateTimeOffset IssuedAt);

public sealed record InvoicingView(IReadOnlyList<InvoiceView>? Invoices, bool AwaitsPrepayment);

/// <summary>One line of the order's audit trail (Contracts' <c>AuditEntry</c>).</summary>
public sealed record AuditEntry(DateTimeOffset At, string ActorId, string ActorName, OrderAction Action, OrderStage From, OrderStage To, int Revision,
    string? Details, long Version);
