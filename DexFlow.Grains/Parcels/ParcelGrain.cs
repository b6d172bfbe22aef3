using System.Collections.Immutable;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Parcels;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Imaging;
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
public sealed partial class ParcelGrain(
    [PersistentState("parcel", DexFlowStorage.Name)] IPersistentState<ParcelState> parcel,
    ParcelReadModel readModel,
    ReadModelHealth readModelHealth,
    IOptions<ParcelOptions> options,
    IOptions<BarcodeConventions> barcodes,
    IOptions<ClassificationOptions> classification,
    IOptions<ExtractionOptions> extraction,
    IOptions<ReviewOptions> review,
    RoutingRulesCache routingRules,
    RouteApplier routes,
    RoutedDocuments routed,
    RoutingLog routingLog,
    TimeProvider time,
    ILogger<ParcelGrain> logger) : Grain, IParcelGrain, IRemindable
{
    private const string Reminder = "advance";
    private const int MaxDeliveryKeyLength = 500;

    private IGrainTimer? _kick;

    // The reminder as this activation registered it; an activation that did not register it looks it up to drop it.
    private IGrainReminder? _reminder;
    private bool _reminderDropped;

    private ParcelState State => parcel.State;

    private DateTimeOffset Now => time.GetUtcNow();

    private bool Working => parcel.RecordExists && State.Stage is ParcelStage.Received or ParcelStage.Splitting or ParcelStage.Indexing or ParcelStage.Routing;

    private IndexingRules Rules => new(barcodes.Value, classification.Value, extraction.Value, review.Value);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (parcel.RecordExists)
        {
            await Publish();
        }

        if (Working)
        {
            Kick();
        }
    }

    public async Task<ParcelView> Receive(Caller caller, Delivery delivery)
    {
        if (!ParcelAccessPolicy.MayDeliver(caller))
        {
            throw new ForbiddenException("deliver documents", "your roles do not include document intake");
        }

        if (parcel.RecordExists)
        {
            // The same delivery again (a retried upload, a mail fetched twice): the parcel it made, not a second one.
            var same = State.Files.Select(file => file.Content.Sha256).Take(delivery.Files.Length).SequenceEqual(delivery.Files.Select(file => file.Content.Sha256));
            return same ? ParcelViews.For(State) : throw new IdempotencyKeyReusedException(delivery.DeliveryKey);
        }

        if (delivery.Files.IsDefaultOrEmpty || delivery.Files.Length > options.Value.MaxFiles)
        {
            throw ValidationException.For("files", $"A delivery has between 1 and {options.Value.MaxFiles} files.");
        }

        if (delivery.DeliveryKey.Length is 0 or > MaxDeliveryKeyLength)
        {
            throw ValidationException.For("deliveryKey", $"Between 1 and {MaxDeliveryKeyLength} characters.");
        }

        await KeepReminder();
        await Save(ParcelWorkflow.Receive(this.GetPrimaryKeyString(), delivery, caller, Now));
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
        EnsureMayIndex(caller);
        await Save(ParcelWorkflow.Correct(State, caller, corrections.IsDefault ? [] : corrections, Now));
        await Advance();
        return ParcelViews.For(State);
    }

    public async Task<ParcelView> Retry(Caller caller)
    {
        EnsureMayIndex(caller);
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

        if (!ParcelAccessPolicy.MayIndex(caller))
        {
            throw new ForbiddenException("place documents", "only clerks and administrators place documents by hand");
        }

        if (State.Stage != ParcelStage.Routed)
        {
            throw new IllegalTransitionException("reroute", State.Stage.ToString(), "only routed documents are placed by hand; a parcel waiting for indexing is corrected instead");
        }

        var decision = ManualRoutes.Decide(route, caller, State.Documents[index].Route);
        var before = State.Documents[index].Route;
        if (before is not null && before.Kind == decision.Kind && before.OrderNumber == decision.OrderNumber && before.Role == decision.Role && decision.Kind != RouteKind.NewOrderDraft)
        {
            return ParcelViews.For(State);
        }

        var placed = await routes.PlaceByHand(State, index, decision.Decision);
        if (placed.Kind != RouteKind.Inbox)
        {
            await routed.Placed(documentId, caller, $"placed by hand: {placed.Kind} {placed.OrderNumber}".TrimEnd());
        }

        await Save(ParcelWorkflow.Rerouted(State, caller, index, placed, route.Note?.Trim(), Now));
        return ParcelViews.For(State);
    }

    public Task<ImmutableArray<Contracts.Routing.RoutingFacts>> RoutingFacts(Caller caller)
    {
        EnsureVisibleTo(caller);
        return Task.FromResult(Enumerable.Range(0, State.Documents.Length).Select(index => RoutingFactsBuilder.For(State, index)).ToImmutableArray());
    }

    public async Task<DocumentContent> Document(Caller caller, int index)
    {
        var documentId = Contracts.Parcels.ParcelIds.Document(this.GetPrimaryKeyString(), index);
        if (!parcel.RecordExists || index < 0 || index >= State.Documents.Length || !await MayOpen(caller, index, documentId))
        {
            throw new NotFoundException("Document", documentId);
        }

        var document = State.Documents[index];
        var fileIndex = Math.Max(0, document.FileIndex);
        var pagesInFile = State.Pages.Where(page => document.Pages.Contains(page.Number)).Select(page => page.PageInFile).ToImmutableArray();
        return new DocumentContent(ParcelViews.Document(State.Id, document, index), State.Id, ParcelViews.File(State.Files[fileIndex], fileIndex), pagesInFile);
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

    private void Kick() =>
        _kick ??= this.RegisterGrainTimer(
            async () =>
            {
                _kick?.Dispose();
                _kick = null;
                await Advance();
            },
            new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan));

    /// <summary>Takes the parcel as far as it can go without a person; safe to repeat, it continues where the parcel stands.</summary>
    private async Task Advance()
    {
        while (Working)
        {
            var stage = State.Stage;
            try
            {
                await Step();
            }
            catch (Exception exception) when (StoreFailures.IsStoreFailure(exception))
            {
                // Nothing was saved; the reminder tries again once the store is back.
                LogStepFailed(exception, State.Id, stage);
                return;
            }
            catch (Exception exception)
            {
                LogStepFailed(exception, State.Id, stage);
                await Save(ParcelWorkflow.Fail(State, Describe(exception), permanent: false, options.Value.MaxAttempts, Now));
                break;
            }
        }

        if (!Working)
        {
            await DropReminder();
        }
    }

    private async Task Step()
    {
        switch (State.Stage)
        {
            case ParcelStage.Received:
                await Save(ParcelWorkflow.Move(State, ParcelStage.Splitting, Caller.System, "Start", null, Now));
                break;
            case ParcelStage.Splitting:
                await Split();
                break;
            case ParcelStage.Indexing:
                await Save(ParcelWorkflow.Index(State, Rules, Now));
                break;
            case ParcelStage.Routing:
                await Route();
                break;
        }
    }

    /// <summary>Inspects every file (unpacking e-mails), reads every page, and cuts the pages into documents.</summary>
    private async Task Split()
    {
        var reader = GrainFactory.GetGrain<IPageReaderGrain>(0);
        var inspected = State;
        while (inspected.Files.Select((file, index) => (file, index)).Where(item => item.file.Inspection is null).ToArray() is { Length: > 0 } pending)
        {
            if (inspected.Files.Length > options.Value.MaxFiles)
            {
                await Save(ParcelWorkflow.Fail(State, $"The delivery has more than {options.Value.MaxFiles} files.", permanent: true, options.Value.MaxAttempts, Now));
                return;
            }

            var results = await Task.WhenAll(pending.Select(async item => (item.index, inspection: await reader.Inspect(item.file.Content))));
            inspected = ParcelWorkflow.Inspected(inspected, results.ToDictionary(result => result.index, result => result.inspection));
        }

        if (ParcelWorkflow.Unreadable(inspected) is { } unreadable)
        {
            await Save(ParcelWorkflow.Fail(inspected, unreadable, permanent: true, options.Value.MaxAttempts, Now));
            return;
        }

        var pages = inspected.Files
            .Select((file, index) => (file, index))
            .Where(item => item.file.Inspection is { Problem: null, Text: null, PageCount: > 0 } inspection && !ParcelWorkflow.IsContainer(inspection))
            .SelectMany(item => Enumerable.Range(0, item.file.Inspection!.PageCount).Select(page => (item.file, item.index, page)))
            .ToArray();
        if (pages.Length > options.Value.MaxPages)
        {
            await Save(ParcelWorkflow.Fail(inspected, $"The delivery has {pages.Length} pages; at most {options.Value.MaxPages} are read.", permanent: true, options.Value.MaxAttempts, Now));
            return;
        }

        var readings = await Task.WhenAll(pages.Select(async (item, number) =>
        {
            try
            {
                return (item.index, reading: (PageReading?)await reader.Read(item.file.Content, item.page), problem: (string?)null, number: number + 1, item.page);
            }
            catch (InvalidImageException problem)
            {
                return (item.index, reading: null, problem: problem.Message, number: number + 1, item.page);
            }
        }));

        // A page that cannot be decoded makes its whole file unreadable: it is never indexed as if complete.
        foreach (var broken in readings.Where(result => result.problem is not null).GroupBy(result => result.index))
        {
            var file = inspected.Files[broken.Key];
            inspected = inspected with { Files = inspected.Files.SetItem(broken.Key, file with { Inspection = file.Inspection! with { Problem = broken.First().problem } }) };
        }

        if (ParcelWorkflow.Unreadable(inspected) is { } nothingLeft)
        {
            await Save(ParcelWorkflow.Fail(inspected, nothingLeft, permanent: true, options.Value.MaxAttempts, Now));
            return;
        }

        var read = readings
            .Where(result => result.reading is not null && inspected.Files[result.index].Inspection!.Problem is null)
            .Select(result => new ParcelPage(result.number, result.index, result.page, result.reading!, Contracts.Parcels.PageRole.Content))
            .ToArray();
        await Save(ParcelWorkflow.Split(inspected, read, Rules, Now));
    }

    private async Task KeepReminder()
    {
        _reminder = await this.RegisterOrUpdateReminder(Reminder, options.Value.RetryPeriod, options.Value.RetryPeriod);
        _reminderDropped = false;
    }

    /// <summary>
    /// Decides each document's route with the rules in force and carries it out. Carrying out is repeatable, so a crash
    /// before the state is saved only repeats it harmlessly.
    /// </summary>
    private async Task Route()
    {
        var rules = await routingRules.Current();
        var decided = new List<RouteView>();
        for (var index = 0; index < State.Documents.Length; index++)
        {
            var facts = RoutingFactsBuilder.For(State, index);
            var decision = rules.Evaluate(facts);
            decided.Add(await routes.Apply(State, index, decision));
            await routingLog.Record(Contracts.Parcels.ParcelIds.Document(State.Id, index), facts, decision);
        }

        await Save(ParcelWorkflow.Route(State, decided, Now));
    }

    private async Task DropReminder()
    {
        if (!_reminderDropped && (_reminder ?? await this.GetReminder(Reminder)) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        (_reminder, _reminderDropped) = (null, true);
    }

    private async Task Save(ParcelState next)
    {
        var previous = parcel.State;
        parcel.State = next;
        try
        {
            await parcel.WriteStateAsync();
        }
        catch (Exception exception)
        {
            // Whether the write landed is unknown: drop this activation so the next call reads the stored truth.
            parcel.State = previous;
            DeactivateOnIdle();
            if (StoreFailures.MayHaveLanded(exception))
            {
                throw new UnconfirmedWriteException(exception);
            }

            throw;
        }

        await Publish();
    }

    private async Task Publish()
    {
        try
        {
            await readModel.Upsert(State);
            readModelHealth.Written("parcels", State.Id);
        }
        catch (RowRefusedException refused)
        {
            LogReadModelRefused(refused, State.Id);
            readModelHealth.Refuse("parcels", State.Id, refused);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The state is durable; the row is written again on the next change or activation.
            LogReadModelBehind(exception, State.Id);
        }
    }

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

    private void EnsureMayIndex(Caller caller)
    {
        EnsureVisibleTo(caller);
        if (!ParcelAccessPolicy.MayIndex(caller))
        {
            throw new ForbiddenException("index parcels", "only clerks and administrators index parcels");
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The read-model row of parcel {Id} could not be written")]
    private partial void LogReadModelBehind(Exception exception, string id);

    [LoggerMessage(Level = LogLevel.Error, Message = "The store refuses the read-model row of parcel {Id}: it is missing from lists until the parcel changes")]
    private partial void LogReadModelRefused(Exception exception, string id);
}
