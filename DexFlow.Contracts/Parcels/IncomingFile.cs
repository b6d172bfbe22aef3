using DexFlow.Contracts.Documents;

namespace DexFlow.Contracts.Parcels;

/// <summary>A file of a delivery, already in the content store. The name is the sender's (sanitised); the type is what they declared.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.incoming-file")]
public sealed record IncomingFile(
    [property: Id(0)] string FileName,
    [property: Id(1)] string DeclaredMediaType,
    [property: Id(2)] ContentRef Content);
