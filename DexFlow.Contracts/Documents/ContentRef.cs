namespace DexFlow.Contracts.Documents;

/// <summary>A stored file's content: addressed by its SHA-256 (lower-case hex), stored once however often it arrives.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.content-ref")]
public sealed record ContentRef([property: Id(0)] string Sha256, [property: Id(1)] long Length);
