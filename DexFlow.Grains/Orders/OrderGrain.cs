using System.Collections.Immutable;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Commands;
using DexFlow.Contracts.Orders.Views;
using DexFlow.Contracts.Planning;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Customers;
using DexFlow.Grains.Deadlines;
using DexFlow.Grains.Idempotency;
using DexFlow.Grains.Invoicing;
using DexFlow.Grains.Planning;
using DexFlow.Grains.Pricing;
using DexFlow.Grains.Processing;
using DexFlow.Grains.Quality;
using DexFlow.Grains.Orders.FollowUps;
using DexFlow.Grains.Orders.ReadModel;
using DexFlow.Grains.Security;
using DexFlow.Grains.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DexFlow.Grains.Orders;

/// <summary>
/// An order: validates every command with <see cref="OrderWorkflow"/>, writes its state, then its read-model row, and
/// only then answers. What a change leaves to do is done by its follow-ups (processing, invoicing, the deadline watch,
/// restoring a plan), each backed by a durable reminder registered before the change is saved.
/// </summary>
// An order is busy in short bursts (a person's change, processing, invoicing) and idle for hours in between: its
// activation is given up after two idle minutes, not Orleans' fifteen, and the next call reads it back in one query.
[CollectionAgeLimit(Minutes = 2)]
public sealed class OrderGrain(
    [PersistentState("order", DexFlowStorage.Batched)] IPersistentState<OrderState> order,
    OrderReadModelWriter readModel,
    ReadModelHealth readModelHealth,
    OrderAuditQueries auditTrail,
    OrderProcessingPipeline pipeline,
    OrderEstimates estimates,
    OrderInvoicing invoicing,
    OrderCustomers customers,
    QaChecklists checklists,
    OrderPlanning planning,
    KeyedChanges keys,
    IOptions<OrderProcessingOptions> processingOptions,
    IOptions<DeadlineOptions> deadlineOptions,
    DeadlineClock deadlineClock,
    TimeProvider time,
    ILogger<OrderGrain> logger) : Grain, IOrderGrain, IRemindable
{
    private ReadModelPublisher<OrderState> _saving = null!;
    private ProcessingFollowUp _processing = null!;
    private InvoicingFollowUp _invoicing = null!;
    private DeadlineWatch _deadlines = null!;
    private PlanRestore _planRestore = null!;

    private OrderState State => order.State;

    private DateTimeOffset Now => time.GetUtcNow();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _saving = new(this, order, readModel, readModelHealth, logger);
        var host = new OrderHost(this, order, _saving);
        _deadlines = new DeadlineWatch(host, deadlineOptions.Value, deadlineClock);
        _processing = new ProcessingFollowUp(host, Commit, pipeline, processingOptions.Value, time, logger);
        _invoicing = new InvoicingFollowUp(host, _deadlines, invoicing, processingOptions.Value.RetryPeriod, time, logger);
        _planRestore = new PlanRestore(host, planning);
        if (!order.RecordExists)
        {
            return;
        }

        // Re-assert the read-model row: a row lost to a failed write after the state was saved is repaired here.
        await _saving.Publish();
        _processing.StartIfOwed();
        _invoicing.StartIfOwed();
        _planRestore.StartIfOwed();
    }

    public async Task<OrderView> Create(Caller caller, OrderDraft draft, string? templateNumber)
    {
        if (order.RecordExists)
        {
            // A repeated creation by its author (a retry after a lost answer) gets the order it made.
            return State.ManagerId == caller.UserId
                ? OrderViews.For(State, caller)
                : throw new IllegalTransitionException("create", State.Stage.ToString(), $"order {State.Number} already exists");
        }

        var created = OrderWorkflow.Create(this.GetPrimaryKeyString(), caller, draft, templateNumber, Now);
        await Save(created);
        return OrderViews.For(created, caller);
    }

    public Task<OrderView> Get(Caller caller)
    {
        EnsureVisibleTo(caller);
        return Task.FromResult(OrderViews.For(State, caller));
    }

    public async Task<OrderView> Execute(Caller caller, OrderCommand command, long? expectedVersion)
    {
        EnsureVisibleTo(caller);
        if (expectedVersion is { } expected && expected != State.Version)
        {
            throw new VersionConflictException(expected, State.Version);
        }

        if (command is RecordPayment { PaymentId: null } payment)
        {
            command = payment with { PaymentId = KeyedChanges.NewId() };
        }

        if (command is EditOrder edit && OrderStateMachine.MayCreate(caller.Roles))
        {
            command = edit with { Draft = await customers.Resolve(edit.Draft, State.Draft.Customer) };
        }

        if (command is ReviewOrder review && caller.Roles.HasFlag(review.Side == ReviewSide.Qa ? Roles.QA : Roles.Accountant))
        {
            command = await checklists.Answered(review, State.Draft.Specification.Product);
        }

        var next = OrderWorkflow.Handle(State, caller, command, await estimates.InForce(), Now);
        if (command is SubmitOrder && !ReferenceEquals(next, State))
        {
            // Linked once the submission is accepted: a refused one makes no customer.
            next = next with { Draft = next.Draft with { Customer = await customers.Link(next.Draft.Customer, next.ManagerId, caller) } };
        }

        if (!ReferenceEquals(next, State))
        {
            await Commit(next);
        }

        return OrderViews.For(State, caller);
    }

    public async Task<ScheduleProposal> ProposeSchedule(Caller caller)
    {
        EnsureVisibleTo(caller);
        ProductionWorkflow.EnsureMaySchedule(State, caller);
        return await planning.Propose(State, Now);
    }

    public async Task<OrderView> ConfirmSchedule(Caller caller, ImmutableArray<ProcessSlot> slots, string? note, long? expectedVersion)
    {
        EnsureVisibleTo(caller);
        OrderInputRules.EnsureBounded(slots, note);
        if (expectedVersion is { } expected && expected != State.Version)
        {
            throw new VersionConflictException(expected, State.Version);
        }

        ProductionWorkflow.EnsureMaySchedule(State, caller);
        var (processes, missesDueDate) = await planning.Plan(State, slots, Now);
        await Save(State with { PlanInProgress = OrderPlanning.Touched(State, processes) });
        try
        {
            await planning.Book(State, processes);
            await Commit(ProductionWorkflow.Schedule(State, caller, processes, note, missesDueDate, Now) with { PlanInProgress = [] });
        }
        catch
        {
            // The plan is not the order's: the resources it touched get back the plan the order has.
            _planRestore.StartIfOwed();
            throw;
        }

        return OrderViews.For(State, caller);
    }

    public async Task<OrderChange> RecordPayment(Caller caller, RecordPayment payment, string? idempotencyKey, long? expectedVersion)
    {
        EnsureVisibleTo(caller);
        OrderInputRules.EnsureKey(idempotencyKey);
        OrderInputRules.EnsureBounded(payment);
        if (idempotencyKey is null)
        {
            return new OrderChange(await Execute(caller, payment, expectedVersion), Replayed: false);
        }

        var scope = MoneyKeys.PaymentScope(caller);
        var hash = MoneyKeys.Hash(State.Number, payment);
        var earlier = await keys.Earlier(scope, idempotencyKey, hash);
        if (earlier is not null && State.Payments.Any(recorded => recorded.Id == earlier))
        {
            return new OrderChange(OrderViews.For(State, caller), Replayed: true);
        }

        if (expectedVersion is { } expected && expected != State.Version)
        {
            throw new VersionConflictException(expected, State.Version);
        }

        // Checked before the key is claimed: a refused request leaves the key free for a corrected one.
        var id = earlier ?? KeyedChanges.NewId();
        var prices = await estimates.InForce();
        var next = OrderWorkflow.Handle(State, caller, payment with { PaymentId = id }, prices, Now);
        if (earlier is null && await keys.Claim(scope, idempotencyKey, hash, id) is var claimed && claimed != id)
        {
            // Another activation claimed the key first (the order is single-threaded, so only after a failover).
            if (State.Payments.Any(recorded => recorded.Id == claimed))
            {
                return new OrderChange(OrderViews.For(State, caller), Replayed: true);
            }

            next = OrderWorkflow.Handle(State, caller, payment with { PaymentId = claimed }, prices, Now);
        }

        await Commit(next);
        return new OrderChange(OrderViews.For(State, caller), Replayed: earlier is not null);
    }

    public async Task<OrderChange> IssueCreditNote(Caller caller, NewCreditNote request, string? idempotencyKey)
    {
        EnsureVisibleTo(caller);
        OrderInputRules.EnsureKey(idempotencyKey);
        OrderInputRules.EnsureBounded(request);
        InvoicingWorkflow.EnsureMayCredit(State, caller);
        string? earlier = null;
        string? id = null;
        var scope = MoneyKeys.CreditNoteScope(caller);
        var hash = MoneyKeys.Hash(State.Number, request);
        if (idempotencyKey is not null)
        {
            earlier = await keys.Earlier(scope, idempotencyKey, hash);
            id = earlier ?? KeyedChanges.NewId();
        }

        var plan = await invoicing.PlanCreditNote(State, caller, request, id is null ? null : MoneyKeys.CreditIssueKey(State.Number, id), Now);
        if (idempotencyKey is not null && earlier is null && await keys.Claim(scope, idempotencyKey, hash, id!) is var claimed && claimed != id)
        {
            // Another activation claimed the key first (only after a failover): issue, or find, under its claim.
            plan = await invoicing.PlanCreditNote(State, caller, request, MoneyKeys.CreditIssueKey(State.Number, claimed), Now);
        }

        var (next, credit) = await invoicing.IssueCreditNote(plan, caller, Now);
        try
        {
            await Save(next);
        }
        catch (Exception exception) when (exception is not DomainException && StoreFailures.IsStoreFailure(exception))
        {
            // The ledger has issued it; whether the order recorded it is unknown. A retry records it and answers with it.
            throw new OutcomeUnknownException($"Credit note {credit.Number} was issued, but the order could not confirm recording it.");
        }

        return new OrderChange(OrderViews.For(State, caller), Replayed: earlier is not null || plan.Issued is not null);
    }

    public async Task<bool> AttachDocument(Caller caller, AttachedDocument document)
    {
        if (!caller.IsSystem)
        {
            throw new ForbiddenException("attach documents", "documents reach orders through routing");
        }

        if (!order.RecordExists)
        {
            throw new NotFoundException("Order", this.GetPrimaryKeyString());
        }

        var next = OrderWorkflow.Attach(State, document, Now);
        if (ReferenceEquals(next, State))
        {
            return false;
        }

        await Save(next);
        return true;
    }

    public Task<AttachedDocument> Document(Caller caller, string documentId)
    {
        EnsureVisibleTo(caller);
        var document = State.Documents.FirstOrDefault(attached => attached.DocumentId == documentId);
        return document is not null && DocumentAccessPolicy.CanSee(caller, State.AccessFacts, document.Type)
            ? Task.FromResult(document)
            : throw new NotFoundException("Document", documentId);
    }

    public async Task<ImmutableArray<AuditEntry>> History(Caller caller)
    {
        var groups = VisibleGroups(caller);
        var published = await auditTrail.Read(State.Number);
        var newest = published.IsEmpty ? 0 : published[^1].Version;
        return [.. published.AddRange(State.PendingAudit.Where(entry => entry.Version > newest))
            .Where(entry => OrderAccessPolicy.MayRead(groups, entry.Action))];
    }

    public Task<OrderDraft> Template(Caller caller)
    {
        var groups = VisibleGroups(caller);
        var customer = groups.Contains(OrderFieldGroup.CustomerAndBilling)
            ? State.Draft.Customer
            : new CustomerDetails(State.Draft.Customer.Name, null, null, null, null, null);
        var specification = groups.Contains(OrderFieldGroup.Specification) ? State.Draft.Specification : PrintSpecification.Empty;
        return Task.FromResult(new OrderDraft(customer, specification));
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => reminderName switch
    {
        ProcessingFollowUp.Reminder => _processing.Advance(),
        InvoicingFollowUp.Reminder => _invoicing.Advance(),
        DeadlineWatch.Reminder => _deadlines.Check(),
        _ => Task.CompletedTask,
    };

    /// <summary>
    /// Saves a change, first registering the reminders for what it leaves to do, so that nothing owed is forgotten if the
    /// silo dies; then starts processing it made owed and does the invoicing at once (so an approval answers with its
    /// prepayment invoice).
    /// </summary>
    private async Task Commit(OrderState next)
    {
        var previous = State;
        await _processing.Expect(previous, next);
        await _invoicing.Expect(next);
        await _deadlines.Expect(previous, next);
        await Save(next);
        _processing.StartIfNewlyOwed(previous);
        if (State.InvoicingPending)
        {
            await _invoicing.Advance();
        }
    }

    private Task Save(OrderState next) => _saving.Save(next);

    private IReadOnlySet<OrderFieldGroup> VisibleGroups(Caller caller)
    {
        EnsureVisibleTo(caller);
        return OrderAccessPolicy.GroupsFor(caller, State.AccessFacts);
    }

    private void EnsureVisibleTo(Caller caller)
    {
        if (!order.RecordExists || !OrderAccessPolicy.CanSee(caller, State.AccessFacts))
        {
            throw new NotFoundException("Order", this.GetPrimaryKeyString());
        }
    }
}
