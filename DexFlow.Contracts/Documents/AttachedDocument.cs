namespace DexFlow.Contracts.Documents;

/// <summary>
/// A document that belongs to an order: what it is, where it came from, and its stored content. Generated documents
/// (work sheet, price sheet) get a new <see cref="Revision"/> with each revision of the order; earlier ones stay.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.attached-document")]
public sealed record AttachedDocument(
    [property: Id(0)] string DocumentId,
    [property: Id(1)] DocumentType? Type,
    [property: Id(2)] string FileName,
    [property: Id(3)] string MediaType,
    [property: Id(4)] ContentRef Content,
    [property: Id(5)] string Source,
    [property: Id(6)] DateTimeOffset AttachedAt,
    [property: Id(7)] int Revision = 1);
