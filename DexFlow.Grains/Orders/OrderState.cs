using System.Collections.Immutable;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Views;
using DexFlow.Contracts.Pricing;
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
    [Id(16)] public ScheduleView? Schedule { get; init; }
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

    public OrderFacts Facts => new(Stage, AccountingReview.Outcome, QaReview.Outcome, Processing.GaveUp);

    public OrderAccessFacts AccessFacts => new(Stage, ManagerId, ReachedReview);
}
