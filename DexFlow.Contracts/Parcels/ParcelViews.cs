using System.Collections.Immutable;
using DexFlow.Contracts.Documents;

namespace DexFlow.Contracts.Parcels;

/// <summary>A parcel as the caller may see it: its files, pages, the documents cut from them, and where it stands.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.parcel-view")]
public sealed record ParcelView(
    [property: Id(0)] string Id,
    [property: Id(1)] ParcelStage Stage,
    [property: Id(2)] long Version,
    [property: Id(3)] string CapturePointId,
    [property: Id(4)] CaptureChannel Channel,
    [property: Id(5)] DateTimeOffset ReceivedAt,
    [property: Id(6)] DateTimeOffset StageSince,
    [property: Id(7)] string? SubmittedBy,
    [property: Id(8)] DeliveryDetails Details,
    [property: Id(9)] ImmutableArray<FileView> Files,
    [property: Id(10)] ImmutableArray<PageView> Pages,
    [property: Id(11)] ImmutableArray<DocumentView> Documents,
    [property: Id(12)] ParcelFailureView? Failure,
    [property: Id(13)] ImmutableArray<ParcelHistoryEntry> History);

/// <summary>
/// One line of a parcel's audit trail: who did what, when, from which stage to which, and the details. The parcel
/// stores these lines as they are shown, so field ids are stable and never reused.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.parcel-history-entry")]
public sealed record ParcelHistoryEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string ActorId,
    [property: Id(2)] string ActorName,
    [property: Id(3)] string Action,
    [property: Id(4)] ParcelStage From,
    [property: Id(5)] ParcelStage To,
    [property: Id(6)] string? Details);

/// <summary>A delivered file: its sniffed media type (not the declared one), page count, and what was wrong with it, if anything.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.parcel-file-view")]
public sealed record FileView(
    [property: Id(0)] int Index,
    [property: Id(1)] string FileName,
    [property: Id(2)] string MediaType,
    [property: Id(3)] ContentRef Content,
    [property: Id(4)] int? PageCount,
    [property: Id(5)] string? Problem);

/// <summary>One page: where it came from, what splitting made of it, its barcodes, and how its text was read.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.parcel-page-view")]
public sealed record PageView(
    [property: Id(0)] int Number,
    [property: Id(1)] int FileIndex,
    [property: Id(2)] int PageInFile,
    [property: Id(3)] PageRole Role,
    [property: Id(4)] ImmutableArray<Barcode> Barcodes,
    [property: Id(5)] string TextSource,
    [property: Id(6)] int Confidence,
    [property: Id(7)] int Characters);

/// <summary>A document cut from the parcel: its type and why, its pages (numbers), fields, what a clerk must check, and its route.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.parcel-document-view")]
public sealed record DocumentView(
    [property: Id(0)] string Id,
    [property: Id(1)] int Index,
    [property: Id(2)] DocumentType? Type,
    [property: Id(3)] double TypeConfidence,
    [property: Id(4)] string TypeReason,
    [property: Id(5)] ImmutableArray<int> Pages,
    [property: Id(6)] ImmutableArray<FieldValue> Fields,
    [property: Id(7)] ImmutableArray<string> ReviewReasons,
    [property: Id(8)] RouteView? Route);

/// <summary>Where routing put a document: the order (attached, or the draft made from it), or the inbox, and which rule of which version decided.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.route-view")]
public sealed record RouteView(
    [property: Id(0)] RouteKind Kind,
    [property: Id(1)] string? OrderNumber,
    [property: Id(2)] string Reason,
    [property: Id(3)] string? Role,
    [property: Id(4)] int Priority,
    [property: Id(5)] int RuleSetVersion,
    [property: Id(6)] string? RuleId);

/// <summary>Why a parcel stopped: the step, a reason a clerk can act on, and whether a retry can help.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.parcel-failure-view")]
public sealed record ParcelFailureView(
    [property: Id(0)] string Step,
    [property: Id(1)] string Reason,
    [property: Id(2)] int Attempts,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] bool Permanent);

/// <summary>A parcel's row in the clerks' queue and in lists.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.parcel-summary")]
public sealed record ParcelSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] ParcelStage Stage,
    [property: Id(2)] string CapturePointId,
    [property: Id(3)] CaptureChannel Channel,
    [property: Id(4)] DateTimeOffset ReceivedAt,
    [property: Id(5)] DateTimeOffset StageSince,
    [property: Id(6)] int Documents,
    [property: Id(7)] string? Reason,
    [property: Id(8)] string? Sender,
    [property: Id(9)] string? Subject);

/// <summary>What a clerk corrects on one document: its type and any fields (a value of "" removes the field).</summary>
[GenerateSerializer, Immutable, Alias("dexflow.document-correction")]
public sealed record DocumentCorrection(
    [property: Id(0)] int Index,
    [property: Id(1)] DocumentType? Type,
    [property: Id(2)] ImmutableArray<FieldCorrection> Fields);

[GenerateSerializer, Immutable, Alias("dexflow.field-correction")]
public sealed record FieldCorrection([property: Id(0)] string Name, [property: Id(1)] string Value);

/// <summary>A document and the stored file it was cut from, for retrieval.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.document-content")]
public sealed record DocumentContent(
    [property: Id(0)] DocumentView Document,
    [property: Id(1)] string ParcelId,
    [property: Id(2)] FileView File,
    [property: Id(3)] ImmutableArray<int> PagesInFile);
