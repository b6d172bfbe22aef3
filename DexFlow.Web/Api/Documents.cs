namespace DexFlow.Web.Api;

// Mirrors of the parcel views of DexFlow.Contracts that the document page reads.

public sealed record DocumentRoute(RouteKind Kind, string? OrderNumber, string Reason, string? Role, int Priority, int RuleSetVersion, string? RuleId);

public sealed record FieldValue(string Name, string Value, double Confidence, string Source);

public sealed record ParcelDocumentView(string Id, int Index, DocumentType? Type, double TypeConfidence, string TypeReason, IReadOnlyList<int> Pages,
    IReadOnlyList<FieldValue> Fields, IReadOnlyList<string> ReviewReasons, DocumentRoute? Route);

public sealed record DocumentFile(int Index, string FileName, string MediaType, int? PageCount, string? Problem);

/// <summary>A document of a parcel as <c>GET /api/documents/{id}</c> returns it.</summary>
public sealed record DocumentContent(ParcelDocumentView Document, string ParcelId, DocumentFile File, IReadOnlyList<int> PagesInFile);

/// <summary>The documents of a parcel (what the app reads of <c>ParcelView</c>).</summary>
public sealed record ParcelDocuments(string Id, IReadOnlyList<ParcelDocumentView> Documents);

/// <summary>Where a clerk places a document: exactly one of an order, a role's inbox, a new draft.</summary>
public sealed record DocumentPlacement(string? OrderNumber, string? Role, bool? NewDraft, string? Note);
