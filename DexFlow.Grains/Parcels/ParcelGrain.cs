using System.Collections.Immutable;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Parcels;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Indexing;
using DexFlow.Grains.Routing;
using DexFlow.Grains.Security;
using DexFlow.Grains.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DexFlow.Grains.Parcels;

/// <summary>
/// A parcel: acknowledges a delivery once its state is durable, then drives itself through splitting, indexing and
/// routing on a grain timer, backed by a durable reminder that resumes the work on another silo after a crash and
/// retries failed steps with the reminder's period, up to a limit.
/// </summary>
// Busy while it is read and routed, then idle for good: given up after two idle minutes, not Orleans' fifteen.
[CollectionAgeLimit(Minutes = 2)]
public sealed partial class ParcelGrain(
    [PersistentState("parcel", DexFlowStorage.Batched)] IPersistentState<ParcelState> parcel,
    ParcelReadModel readModel,
    ReadModelHealth readModelHealth,
    IOptions<ParcelOptions> options,
    IndexingRules rules,
    ParcelReading reading,
    StoredReadings readings,
    ParcelRouting routing,
    TimeProvider time,
    ILogger<ParcelGrain> logger) : Grain, IParcelGrain, IRemindable
{
    private const string Reminder = "advance";

    private PendingRun? _kick;
    private ReadModelPublisher<ParcelState>? _saving;

    private HeldReminders? _reminders;

    // The text of the parcel's pages, loaded when a step or a caller first needs it in this activation; it is kept out
    // of the parcel's state, and loaded again only if splitting gave other pages.
    private (ImmutableArray<ParcelPage> Pages, ParcelTexts Texts)? _texts;

    private ParcelState State => parcel.State;

    private ReadModelPublisher<ParcelState> Saving => _saving ??= new(this, parcel, readModel, readModelHealth, logger);

    private DateTimeOffset Now => time.GetUtcNow();

    private bool Working => parcel.RecordExists && ParcelStateMachine.Working.Contains(State.Stage);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (parcel.RecordExists)
        {
            parcel.State = ParcelWorkflow.Upgraded(State);
            await Saving.Publish();
        }

        if (Working)
        {
            Kick();
        }
    }

    public async Task<ParcelView> Receive(Caller caller, Delivery delivery)
    {
        var received = ParcelWorkflow.Receive(parcel.RecordExists ? State : null, this.GetPrimaryKeyString(), delivery, caller, options.Value.MaxFiles, Now);
        if (parcel.RecordExists)
        {
            return ParcelViews.For(State);
        }

        await KeepReminder();
        await Save(received);
        Kick();
        return ParcelViews.For(State);
    }

    public Task<ParcelView> Get(Caller caller)
    {
        EnsureVisibleTo(caller);
        return Task.FromResult(ParcelViews.For(State));
    }

    public async Task<ParcelView> Correct(Caller caller, ImmutableArray<DocumentCorrection> corrections)
    {
        EnsureVisibleTo(caller);
        await Save(ParcelWorkflow.Correct(State, caller, corrections.IsDefault ? [] : corrections, Now));
        await Advance();
        return ParcelViews.For(State);
    }

    public async Task<ParcelView> Retry(Caller caller)
    {
        EnsureVisibleTo(caller);
        var retried = ParcelWorkflow.Retry(State, caller, Now);
        await KeepReminder();
        await Save(retried);
        Kick();
        return ParcelViews.For(State);
    }

    public async Task<ParcelView> Reroute(Caller caller, int index, ManualRoute route)
    {
        var documentId = Contracts.Parcels.ParcelIds.Document(this.GetPrimaryKeyString(), index);
        if (!parcel.RecordExists || index < 0 || index >= State.Documents.Length || !await MayOpen(caller, index, documentId))
        {
            throw new NotFoundException("Document", documentId);
        }

        await Save(await routing.PlaceByHand(State, caller, index, route, Now));

        return ParcelViews.For(State);
    }

    public async Task<ImmutableArray<Contracts.Routing.RoutingFacts>> RoutingFacts(Caller caller)
    {
        EnsureVisibleTo(caller);
        var texts = await Texts(State);
        return [.. Enumerable.Range(0, State.Documents.Length).Select(index => RoutingFactsBuilder.For(State, index, texts))];
    }

    public async Task<DocumentContent> Document(Caller caller, int index)
    {
        var documentId = Contracts.Parcels.ParcelIds.Document(this.GetPrimaryKeyString(), index);
        if (!parcel.RecordExists || index < 0 || index >= State.Documents.Length || !await MayOpen(caller, index, documentId))
        {
            throw new NotFoundException("Document", documentId);
        }

        return ParcelViews.Content(State, index);
    }

    public async Task<DocumentText> Text(Caller caller, int index)
    {
        var document = await Document(caller, index);
        return ParcelViews.Text(State, index, document.Document.Id, await Texts(State));
    }

    public async Task<DocumentWords> Words(Caller caller, int index)
    {
        var document = await Document(caller, index);
        var pages = document.PagesInFile.IsEmpty ? [] : await readings.Words(document.File.Content, document.PagesInFile);
        return new DocumentWords(document.Document.Id, pages);
    }

    public async Task<byte[]> PageImage(Caller caller, int index, int page, int maxWidth)
    {
        var document = await Document(caller, index);
        if (page < 1 || page > document.PagesInFile.Length)
        {
            throw new NotFoundException("Page", $"{document.Document.Id}/{page}");
        }

        return await GrainFactory.GetGrain<IPageReaderGrain>(0).Picture(document.File.Content, document.PagesInFile[page - 1], maxWidth);
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => Advance();

    private void Kick() => (_kick ??= new PendingRun(this, Advance)).After(TimeSpan.Zero);

    /// <summary>Takes the parcel as far as it can go without a person; safe to repeat, it continues where the parcel stands.</summary>
    private async Task Advance()
    {
        while (Working)
        {
            var reached = State;
            try
            {
                // Starting and indexing only decide the next stage: each is saved with the step after it, one write
                // instead of two (a crash in between repeats the decision). A parcel refused at inspection is thus
                // written once after its acknowledgement; one with pages to read is saved before they are read.
                bool decidedOnly;
                do
                {
                    decidedOnly = reached.Stage is ParcelStage.Received or ParcelStage.Indexing;
                    reached = await Step(reached);
                }
                while (decidedOnly && ParcelStateMachine.Working.Contains(reached.Stage));

                await Save(reached);
            }
            catch (Exception exception) when (StoreFailures.IsStoreFailure(exception))
            {
                // Nothing was saved; the reminder tries again once the store is back.
                LogStepFailed(exception, State.Id, reached.Stage);
                return;
            }
            catch (Exception exception)
            {
                LogStepFailed(exception, State.Id, reached.Stage);
                await Save(ParcelWorkflow.Fail(reached, Describe(exception), options.Value.MaxAttempts, Now));
                break;
            }
        }

        if (!Working)
        {
            await DropReminder();
        }
    }

    private async Task<ParcelState> Step(ParcelState state) => state.Stage switch
    {
        ParcelStage.Received => ParcelWorkflow.Start(state, Now),
        ParcelStage.Splitting when SplitRules.Uninspected(state) is { IsEmpty: false } => await reading.Inspect(state, Now),
        ParcelStage.Splitting => await reading.Split(state, Now),
        ParcelStage.Indexing => ParcelWorkflow.Index(state, await Texts(state), rules, Now),
        ParcelStage.Routing => await routing.Route(state, await Texts(state), Now),
        _ => throw new InvalidOperationException($"A parcel in {state.Stage} waits for a person."),
    };

    private async Task<ParcelTexts> Texts(ParcelState state)
    {
        if (_texts is not { } held || held.Pages != state.Pages)
        {
            _texts = held = (state.Pages, await reading.Texts(state));
        }

        return held.Texts;
    }

    private HeldReminders Reminders => _reminders ??= new(this);

    private Task KeepReminder() => Reminders.Keep(Reminder, options.Value.RetryPeriod);

    private Task DropReminder() => Reminders.Drop(Reminder);

    private Task Save(ParcelState next) => Saving.Save(next);

    private void EnsureVisibleTo(Caller caller)
    {
        if (!parcel.RecordExists || !ParcelAccessPolicy.CanSee(caller, State.Stage, State.SubmittedBy))
        {
            throw new NotFoundException("Parcel", this.GetPrimaryKeyString());
        }
    }

    private async Task<bool> MayOpen(Caller caller, int index, string documentId)
    {
        var route = State.Documents[index].Route;
        switch (ParcelAccessPolicy.ReachOf(caller, State.Stage, State.SubmittedBy, route))
        {
            case DocumentReach.Open:
                return true;
            case DocumentReach.IfTheOrderShowsIt:
                try
                {
                    await GrainFactory.GetGrain<IOrderGrain>(route!.OrderNumber!).Document(caller, documentId);
                    return true;
                }
                catch (NotFoundException)
                {
                    return false;
                }

            default:
                return false;
        }
    }

    private static string Describe(Exception exception) => exception switch
    {
        DomainException domain => domain.Message,
        TimeoutException => "reading the pages took too long",
        _ => exception.GetBaseException().Message,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Parcel {Id} failed at {Stage}")]
    private partial void LogStepFailed(Exception exception, string id, ParcelStage stage);
}
