using System.Collections.Immutable;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Commands;
using DexFlow.Contracts.Orders.Views;
using DexFlow.Contracts.Planning;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Deadlines;
using DexFlow.Grains.Idempotency;
using DexFlow.Grains.Invoicing;
using DexFlow.Grains.Planning;
using DexFlow.Grains.Pricing;
using DexFlow.Grains.Processing;
using DexFlow.Grains.Orders.ReadModel;
using DexFlow.Grains.Security;
using DexFlow.Grains.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DexFlow.Grains.Orders;

/// <summary>
/// An order: validates every command with <see cref="OrderWorkflow"/>, writes its state, then its read-model row, and
/// only then answers. It drives its own Processing stage, backed by a durable reminder so that an order submitted just
/// before its silo dies is processed on another.
/// </summary>
public sealed partial class OrderGrain(
    [PersistentState("order", DexFlowStorage.Name)] IPersistentState<OrderState> order,
    OrderReadModelWriter readModel,
    ReadModelHealth readModelHealth,
    OrderAuditQueries auditTrail,
    OrderProcessingPipeline processing,
    OrderEstimates estimates,
    OrderInvoicing invoicing,
    OrderPlanning planning,
    KeyedChanges keys,
    IOptions<OrderProcessingOptions> processingOptions,
    IOptions<DeadlineOptions> deadlineOptions,
    DeadlineClock deadlineClock,
    TimeProvider time,
    ILogger<OrderGrain> logger) : Grain, IOrderGrain, IRemindable
{
    private const string ProcessingReminder = "processing";
    private const string InvoicingReminder = "invoicing";
    private const string DeadlineReminder = "deadline";
    private static readonly TimeSpan PlanRestoreRetry = TimeSpan.FromSeconds(30);

    private IGrainTimer? _processingKick;
    private IGrainTimer? _invoicingKick;
    private IGrainTimer? _planKick;
    private ReadModelPublisher<OrderState>? _saving;

    private OrderState State => order.State;

    private ReadModelPublisher<OrderState> Saving => _saving ??= new(this, order, readModel, readModelHealth, logger);

    private DateTimeOffset Now => time.GetUtcNow();

    private bool AwaitsProcessing =>
        State.Stage == OrderStage.Submitted || (State.Stage == OrderStage.Processing && !State.Processing.GaveUp);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!order.RecordExists)
        {
            return;
        }

        // Re-assert the read-model row: a row lost to a failed write after the state was saved is repaired here.
        await Saving.Publish();
        if (AwaitsProcessing)
        {
            KickProcessing();
        }

        if (State.InvoicingPending)
        {
            _invoicingKick ??= this.RegisterGrainTimer(AdvanceInvoicing, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan));
        }

        if (!State.PlanInProgress.IsDefaultOrEmpty)
        {
            // A plan booked on the resources just before a crash, and never saved here, is undone.
            RestorePlan(TimeSpan.Zero);
        }
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

        var next = OrderWorkflow.Handle(State, caller, command, Now);
        if (ReferenceEquals(next, State))
        {
            return OrderViews.For(State, caller);
        }

        if (command is SubmitOrder)
        {
            // Refused now, with the fields named, rather than failing in processing: what the price list cannot price.
            await estimates.For(next.Draft.Specification);
        }

        var startsProcessing = next.Stage is OrderStage.Submitted or OrderStage.Processing;
        if (startsProcessing)
        {
            // Registered before the state is saved, so no saved submission is ever without its reminder.
            await this.RegisterOrUpdateReminder(ProcessingReminder, processingOptions.Value.RetryPeriod, processingOptions.Value.RetryPeriod);
        }

        await SaveWithFollowUps(next);
        if (startsProcessing)
        {
            KickProcessing();
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
            await SaveWithFollowUps(ProductionWorkflow.Schedule(State, caller, processes, note, missesDueDate, Now) with { PlanInProgress = [] });
        }
        catch
        {
            // The plan is not the order's: the resources it touched get back the plan the order has.
            if (!State.PlanInProgress.IsDefaultOrEmpty)
            {
                RestorePlan(TimeSpan.Zero);
            }

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
        var next = OrderWorkflow.Handle(State, caller, payment with { PaymentId = id }, Now);
        if (earlier is null && await keys.Claim(scope, idempotencyKey, hash, id) is var claimed && claimed != id)
        {
            // Another activation claimed the key first (the order is single-threaded, so only after a failover).
            if (State.Payments.Any(recorded => recorded.Id == claimed))
            {
                return new OrderChange(OrderViews.For(State, caller), Replayed: true);
            }

            next = OrderWorkflow.Handle(State, caller, payment with { PaymentId = claimed }, Now);
        }

        await SaveWithFollowUps(next);
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
        ProcessingReminder => AdvanceProcessing(),
        InvoicingReminder => AdvanceInvoicing(),
        DeadlineReminder => CheckDeadline(),
        _ => Task.CompletedTask,
    };

    private void KickProcessing() =>
        _processingKick ??= this.RegisterGrainTimer(
            async () =>
            {
                _processingKick?.Dispose();
                _processingKick = null;
                await AdvanceProcessing();
            },
            new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan));

    /// <summary>Moves a submitted order through Processing into review. Safe to repeat: it continues where the order stands.</summary>
    private async Task AdvanceProcessing()
    {
        if (!order.RecordExists || !AwaitsProcessing)
        {
            await DropProcessingReminder();
            return;
        }

        if (State.Stage == OrderStage.Submitted)
        {
            await Save(OrderWorkflow.StartProcessing(State, Now));
        }

        var options = processingOptions.Value;
        ProcessingOutput output;
        try
        {
            using var timeout = new CancellationTokenSource(options.AttemptTimeout);
            output = await processing.RunAsync(new OrderProcessingInput(State.Number, State.Revision, State.Draft), timeout.Token);
        }
        catch (Exception exception)
        {
            LogProcessingFailed(exception, State.Number, State.Revision);
            var failed = OrderWorkflow.ProcessingFailed(State, exception.Message, options.MaxAttempts, Now);
            await Save(failed);
            if (failed.Processing.GaveUp)
            {
                await DropProcessingReminder();
            }

            return;
        }

        await SaveWithFollowUps(OrderWorkflow.FinishProcessing(State, output, Now));
        await DropProcessingReminder();
    }

    private Task DropProcessingReminder() => DropReminder(ProcessingReminder);

    /// <summary>Issues the invoices the order is owed (prepayment decision, final invoice). Safe to repeat; a failure waits for the reminder.</summary>
    private async Task AdvanceInvoicing()
    {
        _invoicingKick?.Dispose();
        _invoicingKick = null;
        if (!order.RecordExists)
        {
            return;
        }

        if (State.InvoicingPending)
        {
            try
            {
                var invoiced = await invoicing.Advance(State, Now);
                await WatchDeadlines(invoiced);
                await Save(invoiced);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogInvoicingFailed(exception, State.Number);
                return;
            }
        }

        try
        {
            await DropReminder(InvoicingReminder);
        }
        catch (Exception exception) when (StoreFailures.IsStoreFailure(exception))
        {
            // The change is saved; a reminder left behind finds nothing pending when it fires and is dropped then. The
            // caller must not hear "nothing changed" for it.
            LogInvoicingFailed(exception, State.Number);
        }
    }

    /// <summary>Flags an overdue wait (daily while it lasts) or clears a flag whose wait is over; stops looking when nothing waits.</summary>
    private async Task CheckDeadline()
    {
        if (!order.RecordExists)
        {
            return;
        }

        await Save(DeadlineRules.Check(State, deadlineClock.Now, deadlineOptions.Value));
        if (DeadlineRules.Waits(State, deadlineOptions.Value).Count == 0 && State.Deadline is null)
        {
            await DropReminder(DeadlineReminder);
        }
    }

    /// <summary>
    /// Saves a transition, first registering the reminders for what it leaves to do (invoicing, a deadline to watch),
    /// so that nothing owed is forgotten if the silo dies; then does the invoicing at once.
    /// </summary>
    private async Task SaveWithFollowUps(OrderState next)
    {
        var period = processingOptions.Value.RetryPeriod;
        if (next.InvoicingPending)
        {
            await this.RegisterOrUpdateReminder(InvoicingReminder, period, period);
        }

        await WatchDeadlines(next);
        await Save(next);
        if (State.InvoicingPending)
        {
            await AdvanceInvoicing();
        }
    }

    /// <summary>Puts the saved plan back on the resources a failed plan touched, after <paramref name="delay"/> and again until it holds.</summary>
    private void RestorePlan(TimeSpan delay)
    {
        _planKick?.Dispose();
        _planKick = this.RegisterGrainTimer(async () =>
        {
            _planKick?.Dispose();
            _planKick = null;
            if (State.PlanInProgress.IsDefaultOrEmpty)
            {
                return;
            }

            if (await planning.Restore(State, State.PlanInProgress))
            {
                await Save(State with { PlanInProgress = [] });
            }
            else
            {
                RestorePlan(PlanRestoreRetry);
            }
        }, new GrainTimerCreationOptions(delay, Timeout.InfiniteTimeSpan));
    }

    /// <summary>Starts the deadline reminder when the next state waits on something the current one did not.</summary>
    private async Task WatchDeadlines(OrderState next)
    {
        var waits = DeadlineRules.Waits(next, deadlineOptions.Value).Select(wait => wait.Waiting);
        if (waits.Except(DeadlineRules.Waits(State, deadlineOptions.Value).Select(wait => wait.Waiting)).Any())
        {
            var check = deadlineOptions.Value.CheckPeriod;
            await this.RegisterOrUpdateReminder(DeadlineReminder, check, check);
        }
    }

    private async Task DropReminder(string name)
    {
        if (await this.GetReminder(name) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private Task Save(OrderState next) => Saving.Save(next);

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Processing order {Number} revision {Revision} failed")]
    private partial void LogProcessingFailed(Exception exception, string number, int revision);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Invoicing order {Number} failed; the reminder retries")]
    private partial void LogInvoicingFailed(Exception exception, string number);
}
