namespace DexFlow.Web.Api;

// Mirrors of the parcel views of DexFlow.Contracts that the clerks' pages read (intake, queue, indexing station).

/// <summary>Why a parcel stopped, and whether a retry can help.</summary>
public sealed record ParcelFailure(string Step, string Reason, int Attempts, DateTimeOffset At, bool Permanent);

/// <summary>One line of a parcel's audit trail.</summary>
public sealed record ParcelHistoryEntry(DateTimeOffset At, string ActorId, string ActorName, string Action, ParcelStage From, ParcelStage To, string? Details);

/// <summary>One page of a parcel: how its text was read (and how well).</summary>
public sealed record ParcelPage(int Number, int FileIndex, int PageInFile, string Role, string TextSource, int Confidence, int Characters);

/// <summary>What the capture point knew of the delivery besides its files.</summary>
public sealed record ParcelDetails(string? Sender, string? Subject, string? StationId, string? Note);

/// <summary>A parcel as <c>GET /api/parcels/{id}</c> (and the upload, corrections and retry) answer.</summary>
public sealed record ParcelView(
    string Id,
    ParcelStage Stage,
    long Version,
    string CapturePointId,
    CaptureChannel Channel,
    DateTimeOffset ReceivedAt,
    DateTimeOffset StageSince,
    string? SubmittedBy,
    ParcelDetails? Details,
    IReadOnlyList<DocumentFile> Files,
    IReadOnlyList<ParcelPage> Pages,
    IReadOnlyList<ParcelDocumentView> Documents,
    ParcelFailure? Failure,
    IReadOnlyList<ParcelHistoryEntry> History);

/// <summary>A parcel's row in the clerks' queue; <see cref="Reason"/> says why it waits (review reason or failure).</summary>
public sealed record ParcelSummary(
    string Id,
    ParcelStage Stage,
    string CapturePointId,
    CaptureChannel Channel,
    DateTimeOffset ReceivedAt,
    DateTimeOffset StageSince,
    int Documents,
    string? Reason,
    string? Sender,
    string? Subject);

public sealed record ParcelQueuePage(IReadOnlyList<ParcelSummary> Items, int Page, int PageSize, long Total);

/// <summary>What a clerk corrects on one document: its type (null: unchanged) and fields (name to value; "" removes it).</summary>
public sealed record DocumentCorrection(int Index, DocumentType? Type, IReadOnlyDictionary<string, string> Fields);

/// <summary>The body of <c>POST /api/parcels/{id}/corrections</c>.</summary>
public sealed record ParcelCorrections(IReadOnlyList<DocumentCorrection> Documents);
