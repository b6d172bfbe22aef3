namespace DexFlow.Contracts.Audit;

/// <summary>A read of a document or of a part of it (Metadata, Content, PageImage, Text), recorded for the audit trail.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.document-read")]
public sealed record DocumentRead(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string ActorId,
    [property: Id(2)] string ActorName,
    [property: Id(3)] string ClientAddress,
    [property: Id(4)] string DocumentId,
    [property: Id(5)] string Part);
