using System.Collections.Immutable;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Commands;
using DexFlow.Contracts.Orders.Views;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Invoicing;
using DexFlow.Grains.Pricing;
using DexFlow.Grains.Processing;

namespace DexFlow.Grains.Orders;

/// <summary>
/// Applies commands to an order's state: asks the state machine whether the action may happen, validates the input,
/// and returns the next state with its audit entry. Pure: no I/O, time is passed in.
/// </summary>
public static class OrderWorkflow
{
    public static OrderState Create(string number, Caller caller, OrderDraft draft, string? templateNumber, DateTimeOffset now)
    {
        if (!OrderStateMachine.MayCreate(caller.Roles))
        {
            throw new ForbiddenException("create orders", "only managers may create orders");
        }

        OrderFormRules.EnsureWellFormed(draft);
        var created = new OrderState
        {
            Number = number,
            Stage = OrderStage.Draft,
            ManagerId = caller.UserId,
            ManagerName = caller.DisplayName,
            Draft = draft,
            TemplateNumber = templateNumber,
            CreatedAt = now,
            UpdatedAt = now,
            StageSince = now,
        };
        var details = templateNumber is null ? null : $"New from template {templateNumber}";
        return created with
        {
            Version = 1,
            PendingAudit = [new AuditEntry(now, caller.UserId, caller.DisplayName, OrderAction.Create, OrderStage.Draft, OrderStage.Draft, 0, details, 1)],
        };
    }

    /// <summary>
    /// Applies a person's command. The stage it leads to is always the state machine's decision, never restated here.
    /// Returns the same instance when the command changes nothing (an edit that repeats the form), so the caller can
    /// skip the write.
    /// </summary>
    /// <param name="prices">The price list in force: a submission it cannot price is refused with the fields named.</param>
    public static OrderState Handle(OrderState state, Caller caller, OrderCommand command, PricesInForce prices, DateTimeOffset now)
    {
        OrderInputRules.EnsureBounded(command);
        var decision = Decide(state, command.Action, OrderActor.Of(caller, state.ManagerId));
        return command switch
        {
            EditOrder edit => Edit(state, caller, edit.Draft, decision.Next, now),
            SubmitOrder => Submit(state, caller, prices, decision.Next, now),
            ReviewOrder review => Review(state, caller, review, decision.Next, now),
            CancelOrder cancel => Cancel(state, caller, cancel, decision.Next, now),
            RecordPayment payment => InvoicingWorkflow.RecordPayment(state, caller, payment, decision.Next, now),
            StartProcess start => ProductionWorkflow.Start(state, caller, start.ProcessId, now),
            FinishProcess finish => ProductionWorkflow.Finish(state, caller, finish.ProcessId, now),
            ArchiveOrder => Transition(state, caller, OrderAction.Archive, decision.Next, now, null),
            AttachFile attach => AttachFile(state, caller, attach.Document, decision.Next, now),
            RetryProcessing => Transition(state with { Processing = new ProcessingView(0, state.Processing.LastError, GaveUp: false) },
                caller, OrderAction.RetryProcessing, decision.Next, now, state.Processing.LastError),
            _ => Transition(state, caller, command.Action, decision.Next, now, null),
        };
    }

    /// <summary>Adds a routed document; the same document again returns the same state, so a retried routing attaches once.</summary>
    public static OrderState Attach(OrderState state, AttachedDocument document, DateTimeOffset now)
    {
        if (state.Documents.Any(attached => attached.DocumentId == document.DocumentId))
        {
            return state;
        }

        var decision = Decide(state, OrderAction.AttachDocument, OrderActor.System);
        if (state.Stage == OrderStage.Archived && document.Type != DocumentType.Correspondence)
        {
            throw new IllegalTransitionException(nameof(OrderAction.AttachDocument), state.Stage.ToString(), "an archived order takes only correspondence");
        }

        return Transition(state with { Documents = state.Documents.Add(document) }, Caller.System, OrderAction.AttachDocument, decision.Next, now,
            $"{document.Type?.ToString() ?? "document"} {document.DocumentId} ({document.FileName})");
    }

    /// <summary>The kinds of file a person may attach; generated paperwork and invoices are DexFlow's own.</summary>
    public static IReadOnlySet<DocumentType> AttachableTypes { get; } =
        new HashSet<DocumentType> { DocumentType.Artwork, DocumentType.PaperDescription, DocumentType.Correspondence, DocumentType.Other };

    /// <summary>Adds a person's file; the same file again (same document id) changes nothing.</summary>
    private static OrderState AttachFile(OrderState state, Caller caller, AttachedDocument document, OrderStage next, DateTimeOffset now)
    {
        if (document.Type is not { } type || !AttachableTypes.Contains(type))
        {
            throw ValidationException.For("type", $"One of {string.Join(", ", AttachableTypes.Order())}.");
        }

        return state.Documents.Any(attached => attached.DocumentId == document.DocumentId)
            ? state
            : Transition(state with { Documents = state.Documents.Add(document) }, caller, OrderAction.AttachFile, next, now,
                $"{type} {document.DocumentId} ({document.FileName})");
    }

    public static OrderState StartProcessing(OrderState state, DateTimeOffset now)
    {
        var decision = Decide(state, OrderAction.StartProcessing, OrderActor.System);
        return Transition(state, Caller.System, OrderAction.StartProcessing, decision.Next, now, null);
    }

    /// <summary>Puts the order into review with what processing made: its estimate and the revision's generated documents.</summary>
    public static OrderState FinishProcessing(OrderState state, ProcessingOutput output, DateTimeOffset now)
    {
        var decision = Decide(state, OrderAction.FinishProcessing, OrderActor.System);
        var generated = output.Documents.Where(document => state.Documents.All(attached => attached.DocumentId != document.DocumentId));
        var reviewed = state with
        {
            Estimate = output.Estimate ?? state.Estimate,
            Documents = state.Documents.AddRange(generated),
            AccountingReview = SideReview.Pending,
            QaReview = SideReview.Pending,
            Processing = state.Processing with { LastError = null },
            ReachedReview = true,
        };
        var details = output.Estimate is { } estimate
            ? $"Estimated with price list {estimate.PriceListVersion}: net {estimate.Net:0.00} {estimate.Currency}; {output.Documents.Length} documents generated"
            : null;
        return Transition(reviewed, Caller.System, OrderAction.FinishProcessing, decision.Next, now, details);
    }

    /// <summary>Records a failed processing attempt; after <paramref name="maxAttempts"/> processing gives up and waits for a retry.</summary>
    public static OrderState ProcessingFailed(OrderState state, string error, int maxAttempts, DateTimeOffset now)
    {
        var attempts = state.Processing.Attempts + 1;
        var gaveUp = attempts >= maxAttempts;
        var failed = state with { Processing = new ProcessingView(attempts, error, gaveUp) };
        var details = gaveUp ? $"Gave up after {attempts} attempts: {error}" : $"Attempt {attempts} failed: {error}";
        return Transition(failed, Caller.System, OrderAction.StartProcessing, state.Stage, now, details);
    }

    internal static OrderDecision Decide(OrderState state, OrderAction action, OrderActor actor)
    {
        var decision = OrderStateMachine.Decide(state.Facts, action, actor);
        return decision.Verdict switch
        {
            Verdict.Forbidden => throw new ForbiddenException(action.ToString(), decision.Reason),
            Verdict.Illegal when decision.Reason == OrderStateMachine.UnsettledReason => throw Unsettled(state, action),
            Verdict.Illegal => throw new IllegalTransitionException(action.ToString(), state.Stage.ToString(), decision.Reason),
            _ => decision,
        };
    }

    private static OrderState Edit(OrderState state, Caller caller, OrderDraft draft, OrderStage next, DateTimeOffset now)
    {
        OrderFormRules.EnsureWellFormed(draft);
        var changes = DraftChanges.Between(state.Draft, draft);
        return changes.Count == 0
            ? state
            : Transition(state with { Draft = draft }, caller, OrderAction.Edit, next, now, "Changed " + string.Join(", ", changes));
    }

    private static OrderState Submit(OrderState state, Caller caller, PricesInForce prices, OrderStage next, DateTimeOffset now)
    {
        OrderFormRules.EnsureComplete(state.Draft, DateOnly.FromDateTime(now.UtcDateTime));

        // Refused now, with the fields named, rather than failing in processing: what the price list cannot price.
        prices.Estimate(state.Draft.Specification);
        var submitted = state with
        {
            Revision = state.Revision + 1,
            AccountingReview = SideReview.Pending,
            QaReview = SideReview.Pending,
            Processing = new ProcessingView(0, null, false),
        };
        var details = state.Stage == OrderStage.AdjustmentsRequired ? $"Resubmitted as revision {submitted.Revision}" : null;
        return Transition(submitted, caller, OrderAction.Submit, next, now, details);
    }

    private static OrderState Review(OrderState state, Caller caller, ReviewOrder review, OrderStage next, DateTimeOffset now)
    {
        var reasons = review.Approve
            ? (review.Reasons.IsDefault ? [] : review.Reasons.Where(note => !string.IsNullOrWhiteSpace(note)).Select(note => note.Trim()).ToImmutableArray())
            : OrderFormRules.EnsureReasons("reasons", review.Reasons.IsDefault ? null : review.Reasons).ToImmutableArray();
        var decided = new SideReview(review.Approve ? ReviewOutcome.Approved : ReviewOutcome.Rejected, caller.UserId, caller.DisplayName, now, reasons)
        {
            Checklist = review.Checklist.IsDefault ? [] : review.Checklist,
            ChecklistVersion = review.ChecklistVersion,
        };

        // The round keeps both decisions as they were made, for the reviewers of later rounds to read.
        var round = state.ReviewRounds.FirstOrDefault(round => round.Revision == state.Revision)
                    ?? new ReviewRound(state.Revision, state.AccountingReview, state.QaReview);
        var rounds = state.ReviewRounds.Where(other => other.Revision != state.Revision)
            .Append(review.Side == ReviewSide.Accounting ? round with { Accounting = decided } : round with { Qa = decided })
            .ToImmutableArray();

        // A rejection voids the other side's approval: both review the next revision afresh.
        var reviewed = review.Side == ReviewSide.Accounting
            ? state with { AccountingReview = decided, QaReview = review.Approve ? state.QaReview : SideReview.Pending, ReviewRounds = rounds }
            : state with { QaReview = decided, AccountingReview = review.Approve ? state.AccountingReview : SideReview.Pending, ReviewRounds = rounds };
        var details = reasons.IsEmpty ? null : string.Join("; ", reasons);
        return Transition(reviewed, caller, review.Action, next, now, details);
    }

    private static OrderState Cancel(OrderState state, Caller caller, CancelOrder cancel, OrderStage next, DateTimeOffset now)
    {
        var reason = OrderFormRules.EnsureReasons("reason", [cancel.Reason])[0];
        var cancelled = state with { Cancellation = new CancellationView(reason, caller.DisplayName, now) };
        return Transition(cancelled, caller, OrderAction.Cancel, next, now, reason);
    }

    /// <summary>
    /// Why an order cannot be archived yet, precisely: each invoice with what is still owed on it (the callers who may
    /// archive, administrators and accountants, see invoices), or the invoicing DexFlow has not finished.
    /// </summary>
    private static DomainException Unsettled(OrderState state, OrderAction action) => state.InvoicingPending
        ? new IllegalTransitionException(action.ToString(), state.Stage.ToString(), "the invoices the order owes have not all been issued yet")
        : new MoneyOutstandingException([.. InvoiceRules.Outstanding(state.Invoices, state.Payments)
            .Select(owed => $"{owed.Invoice.Number} has {owed.Amount:0.00} {owed.Invoice.Currency} outstanding")]);

    internal static OrderState Transition(OrderState state, Caller actor, OrderAction action, OrderStage next, DateTimeOffset now, string? details) =>
        state with
        {
            Stage = next,
            Version = state.Version + 1,
            UpdatedAt = now,
            StageSince = next == state.Stage ? state.StageSince : now,
            Deadline = next == state.Stage ? state.Deadline : null,
            PendingAudit = state.PendingAudit.Add(
                new AuditEntry(now, actor.UserId, actor.DisplayName, action, state.Stage, next, state.Revision, details, state.Version + 1)),
        };
}
