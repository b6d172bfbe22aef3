using System.Collections.Immutable;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Parcels;

namespace DexFlow.Api.Parcels;

/// <summary>A clerk's corrections: for each document (by index), its type and/or field values ("" removes a field).</summary>
public sealed record CorrectionsRequest(DocumentCorrectionRequest[]? Documents)
{
    public ImmutableArray<DocumentCorrection> ToCorrections() =>
    [
        .. (Documents ?? []).Select(document => new DocumentCorrection(
            document.Index,
            document.Type,
            [.. (document.Fields ?? []).Select(field => new FieldCorrection(field.Key, field.Value ?? ""))])),
    ];
}

public sealed record DocumentCorrectionRequest(int Index, DocumentType? Type, Dictionary<string, string?>? Fields);
