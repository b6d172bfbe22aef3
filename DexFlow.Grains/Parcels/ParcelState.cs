using System.Collections.Immutable;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Parcels;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Indexing;

namespace DexFlow.Grains.Parcels;

/// <summary>
/// A parcel's durable state: the delivery, what reading made of it, and where it stands. Bytes stay in the content
/// store. Stored with the Orleans serializer: field ids are stable and never reused.
/// </summary>
[GenerateSerializer, Alias("dexflow.parcel-state")]
public sealed record ParcelState
{
    /// <summary>The layout <see cref="Schema"/> this version writes.</summary>
    public const int CurrentSchema = 1;

    [Id(0)] public string Id { get; init; } = "";
    [Id(1)] public ParcelStage Stage { get; init; }
    [Id(2)] public long Version { get; init; }
    [Id(3)] public string CapturePointId { get; init; } = "";
    [Id(4)] public CaptureChannel Channel { get; init; }
    [Id(5)] public string DeliveryKey { get; init; } = "";
    [Id(6)] public DateTimeOffset ReceivedAt { get; init; }
    [Id(7)] public DateTimeOffset StageSince { get; init; }
    [Id(8)] public string? SubmittedBy { get; init; }
    [Id(9)] public DeliveryDetails Details { get; init; } = DeliveryDetails.None;
    [Id(10)] public ImmutableArray<ParcelFile> Files { get; init; } = [];
    [Id(11)] public ImmutableArray<ParcelPage> Pages { get; init; } = [];
    [Id(12)] public ImmutableArray<ParcelDocument> Documents { get; init; } = [];

    /// <summary>Failed attempts at the current step; reset when a step succeeds.</summary>
    [Id(13)] public int Attempts { get; init; }
    [Id(14)] public ParcelFailure? Failure { get; init; }
    [Id(15)] public ImmutableArray<ParcelHistoryEntry> Audit { get; init; } = [];

    /// <summary>The user who uploaded the parcel, with the roles they had then; null for capture points (DexFlow itself).</summary>
    [Id(16)] public Caller? Submitter { get; init; }

    /// <summary>
    /// Whether routing may place the parcel's documents anywhere the rules say: capture points, document services'
    /// uploads, and any parcel a clerk has indexed by hand. Otherwise it reaches only what <see cref="Submitter"/> may see.
    /// </summary>
    [Id(17)] public bool FullReach { get; init; }

    /// <summary>
    /// The layout the state was written in; 0 (no initialiser on purpose) for parcels stored before it was recorded,
    /// whose failure has no typed step (<see cref="ParcelWorkflow.Upgraded"/>).
    /// </summary>
    [Id(18)] public int Schema { get; init; }

    public ParcelFacts Facts => new(Stage, Failure?.Step);
}

/// <summary>
/// Why the parcel stopped: the step it failed at, a reason a clerk can act on, and whether a retry can help. Id 0 is
/// retired: it held the step's name as text; a failure stored then reads with the step missing (see
/// <see cref="ParcelState.Schema"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.parcel-failure")]
public sealed record ParcelFailure(
    [property: Id(5)] ParcelStage Step,
    [property: Id(1)] string Reason,
    [property: Id(2)] int Attempts,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] bool Permanent);

/// <summary>A file of the parcel; what inspecting it found is filled in during splitting.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.parcel-file")]
public sealed record ParcelFile(
    [property: Id(0)] string FileName,
    [property: Id(1)] string DeclaredMediaType,
    [property: Id(2)] ContentRef Content,
    [property: Id(3)] FileInspection? Inspection);

/// <summary>A page (numbered through the parcel from 1), what reading it found, and its role in splitting.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.parcel-page")]
public sealed record ParcelPage(
    [property: Id(0)] int Number,
    [property: Id(1)] int FileIndex,
    [property: Id(2)] int PageInFile,
    [property: Id(3)] PageReading Reading,
    [property: Id(4)] PageRole Role);

/// <summary>
/// A document cut from the parcel, with what indexing and the clerk made of it. <see cref="Text"/> is the text of a
/// document read whole (an office file, an e-mail's body); a document of pages has none here, its pages' text is in
/// <see cref="PageReadingStore"/> (<see cref="ParcelTexts"/>). <see cref="Language"/> is the text search configuration
/// indexing chose for its text (null for documents indexed before it was recorded).
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.parcel-document")]
public sealed record ParcelDocument(
    [property: Id(0)] int FileIndex,
    [property: Id(1)] ImmutableArray<int> Pages,
    [property: Id(2)] DocumentType? CoverType,
    [property: Id(3)] string? CoverOrder,
    [property: Id(4)] DocumentType? Type,
    [property: Id(5)] double TypeConfidence,
    [property: Id(6)] string TypeReason,
    [property: Id(7)] ImmutableArray<FieldValue> Fields,
    [property: Id(8)] ImmutableArray<string> ReviewReasons,
    [property: Id(9)] RouteView? Route,
    [property: Id(10)] string? Text,
    [property: Id(11)] string? Language = null);
