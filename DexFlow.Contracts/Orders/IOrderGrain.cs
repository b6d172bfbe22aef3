using System.Collections.Immutable;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Orders.Commands;
using DexFlow.Contracts.Orders.Views;
using DexFlow.Contracts.Planning;
using DexFlow.Contracts.Security;
using Orleans.Concurrency;

namespace DexFlow.Contracts.Orders;

/// <summary>
/// One order, keyed by its number (e.g. <c>2026-000123</c>). It owns its stage, revision, reviews and audit trail,
/// validates every command against the order state machine, and answers only after the change is durable.
/// Callers who may not see the order get <see cref="Errors.NotFoundException"/>.
/// </summary>
[Alias("dexflow.order")]
public interface IOrderGrain : IGrainWithStringKey
{
    /// <summary>Creates the draft. Repeating the same creation is harmless: the existing draft is returned.</summary>
    [Alias("create")]
    Task<OrderView> Create(Caller caller, OrderDraft draft, string? templateNumber);

    [Alias("get")]
    [ReadOnly]
    Task<OrderView> Get(Caller caller);

    /// <summary>
    /// Applies a command. With <paramref name="expectedVersion"/> the command is refused with
    /// <see cref="Errors.VersionConflictException"/> when the order changed since the caller read it.
    /// </summary>
    [Alias("execute")]
    Task<OrderView> Execute(Caller caller, OrderCommand command, long? expectedVersion);

    /// <summary>
    /// The audit trail, oldest first, as far as the caller may read it: everything for callers the policy gives the
    /// audit group, otherwise the entries of the field groups they see (a reviewer reads every review round's decisions).
    /// </summary>
    [Alias("history")]
    [ReadOnly]
    Task<ImmutableArray<AuditEntry>> History(Caller caller);

    /// <summary>
    /// Adds a routed document to the order, once: attaching the same document again changes nothing. An archived order
    /// still takes correspondence, never changes stage, and refuses other documents.
    /// </summary>
    [Alias("attach")]
    Task<bool> AttachDocument(Caller caller, AttachedDocument document);

    /// <summary>One of the order's documents, if the caller may see it (otherwise <see cref="Errors.NotFoundException"/>).</summary>
    [Alias("document")]
    [ReadOnly]
    Task<AttachedDocument> Document(Caller caller, string documentId);

    /// <summary>The earliest feasible slots for the order's processes before its due date (planners).</summary>
    [Alias("propose-schedule")]
    Task<ScheduleProposal> ProposeSchedule(Caller caller);

    /// <summary>
    /// Books the processes where the planner puts them (a proposal confirmed, or moved) and schedules the order.
    /// Overlaps are refused with <see cref="Errors.ScheduleConflictException"/>; a plan that misses the due date is flagged.
    /// </summary>
    [Alias("confirm-schedule")]
    Task<OrderView> ConfirmSchedule(Caller caller, ImmutableArray<ProcessSlot> slots, string? note, long? expectedVersion);

    /// <summary>
    /// Records a payment against one of the order's invoices (accountants). The same <paramref name="idempotencyKey"/>
    /// with the same request returns the payment the first call recorded; with another request it fails with
    /// <see cref="Errors.IdempotencyKeyReusedException"/>. <paramref name="expectedVersion"/> is checked as by
    /// <see cref="Execute"/>, after a replay is recognised.
    /// </summary>
    [Alias("record-payment")]
    Task<OrderChange> RecordPayment(Caller caller, RecordPayment payment, string? idempotencyKey, long? expectedVersion);

    /// <summary>
    /// Issues a credit note against one of the order's invoices (accountants), honouring an Idempotency-Key as payments
    /// do: a retry after a lost answer returns the credit note the first call issued.
    /// </summary>
    [Alias("issue-credit-note")]
    Task<OrderChange> IssueCreditNote(Caller caller, NewCreditNote request, string? idempotencyKey);

    /// <summary>The customer and specification to start a new order from; nothing else is copied.</summary>
    [Alias("template")]
    [ReadOnly]
    Task<OrderDraft> Template(Caller caller);
}
