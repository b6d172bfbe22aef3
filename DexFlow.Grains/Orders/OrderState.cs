using System.Collections.Immutable;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Views;
using DexFlow.Contracts.Invoicing;
using DexFlow.Contracts.Planning;
using DexFlow.Contracts.Pricing;
using DexFlow.Grains.Invoicing;
using DexFlow.Grains.Security;

namespace DexFlow.Grains.Orders;

/// <summary>
/// An order's durable state. Stored with the Orleans serializer: field ids are stable and never reused; a new field
/// takes the next id and a default that reads well for orders stored before it existed.
/// </summary>
[GenerateSerializer, Alias("dexflow.order-state")]
public sealed record OrderState
{
    /// <summary>The layout version of this record, for upgrades that need more than a default.</summary>
    public const int CurrentSchema = 1;

    [Id(0)] public int Schema { get; init; } = CurrentSchema;
    [Id(1)] public string Number { get; init; } = "";
    [Id(2)] public OrderStage Stage { get; init; }
    [Id(3)] public int Revision { get; init; }

    /// <summary>Incremented by every change; the ETag clients send back, and the read model's guard.</summary>
    [Id(4)] public long Version { get; init; }
    [Id(5)] public string ManagerId { get; init; } = "";
    [Id(6)] public string ManagerName { get; init; } = "";
    [Id(7)] public OrderDraft Draft { get; init; } = new(new CustomerDetails("", null, null, null, null, null), PrintSpecification.Empty);
    [Id(8)] public string? TemplateNumber { get; init; }
    [Id(9)] public DateTimeOffset CreatedAt { get; init; }
    [Id(10)] public DateTimeOffset UpdatedAt { get; init; }
    [Id(11)] public DateTimeOffset StageSince { get; init; }
    [Id(12)] public SideReview AccountingReview { get; init; } = SideReview.Pending;
    [Id(13)] public SideReview QaReview { get; init; } = SideReview.Pending;
    [Id(14)] public bool ReachedReview { get; init; }
    [Id(15)] public ProcessingView Processing { get; init; } = new(0, null, false);
    // Id 16 is retired: it held a date-only schedule before processes were booked on resources.
    [Id(17)] public CancellationView? Cancellation { get; init; }
    /// <summary>
    /// Audit entries saved with the state but not yet confirmed in the <c>dexflow.order_audit</c> table: an outbox that
    /// keeps the state small while no entry can be lost between the two writes.
    /// </summary>
    [Id(18)] public ImmutableArray<AuditEntry> PendingAudit { get; init; } = [];

    /// <summary>Documents routed to the order (generated ones join them with processing).</summary>
    [Id(19)] public ImmutableArray<AttachedDocument> Documents { get; init; } = [];

    /// <summary>The estimate of the current revision, made by processing with the price list version it records.</summary>
    [Id(20)] public Estimate? Estimate { get; init; }

    /// <summary>Issued invoices, prepayment invoices and credit notes, as the ledger issued them.</summary>
    [Id(21)] public ImmutableArray<Invoice> Invoices { get; init; } = [];

    [Id(22)] public ImmutableArray<Payment> Payments { get; init; } = [];

    /// <summary>Whether approval's prepayment question has been answered (an invoice issued, or none needed).</summary>
    [Id(23)] public bool PrepaymentDecided { get; init; }

    public bool AwaitsPrepayment => InvoiceRules.AwaitsPrepayment(Invoices, Payments);

    public bool HasFinalInvoice => Invoices.Any(invoice => invoice.Kind == InvoiceKind.Final);

    /// <summary>The processes booked on resources, with what operators reported.</summary>
    [Id(24)] public ProductionSchedule? Schedule { get; init; }

    /// <summary>A wait that ran past its limit; cleared when the order moves on.</summary>
    [Id(25)] public DeadlineView? Deadline { get; init; }

    /// <summary>
    /// Resources a plan being confirmed may already be booked on, recorded before booking: if the order's silo dies
    /// before the plan is saved, the next activation gives these resources back the saved plan. Empty otherwise.
    /// </summary>
    [Id(26)] public ImmutableArray<string> PlanInProgress { get; init; } = [];

    /// <summary>
    /// Every review round as both sides decided it, oldest first (the current round's decisions are also in
    /// <see cref="AccountingReview"/> and <see cref="QaReview"/>, where a rejection voids the other side's approval).
    /// Orders reviewed before rounds were kept have only the rounds decided since.
    /// </summary>
    [Id(27)] public ImmutableArray<ReviewRound> ReviewRounds { get; init; } = [];

    /// <summary>
    /// Production may not start: approval's prepayment question is still open, or a prepayment invoice has money
    /// outstanding. The one rule the start of a process, the actions offered and the inboxes all follow.
    /// </summary>
    public bool ProductionOnHold =>
        OrderStateMachine.ApprovedUntilProduced.Contains(Stage) && (InvoicingPending || AwaitsPrepayment);

    /// <summary>Money is owed on one of the order's invoices, or an invoice the order owes has not been issued yet.</summary>
    public bool Unsettled => InvoicingPending || !InvoiceRules.Outstanding(Invoices, Payments).IsEmpty;

    /// <summary>Invoicing DexFlow still owes the order: the prepayment decision after approval, the final invoice after completion.</summary>
    public bool InvoicingPending => Estimate is not null && (
        (OrderStateMachine.Invoiceable.Contains(Stage) && !PrepaymentDecided)
        || (Stage == OrderStage.Completed && !HasFinalInvoice));

    public OrderFacts Facts => new(Stage, AccountingReview.Outcome, QaReview.Outcome, Processing.GaveUp, ProductionOnHold, Unsettled,
        Schedule?.Processes.Count(process => process.FinishedAt is null) ?? 0);

    public OrderAccessFacts AccessFacts => new(Stage, ManagerId, ReachedReview, BookedResources);

    /// <summary>The resources the order's processes are booked on, each once, in order.</summary>
    public ImmutableArray<string> BookedResources =>
        Schedule is null ? [] : [.. Schedule.Processes.Select(process => process.ResourceId).Distinct().Order(StringComparer.Ordinal)];
}
