using System.Collections.Immutable;

namespace DexFlow.Contracts.Parcels;

/// <summary>What reading found in a document, page by page (a file read whole, such as an office file, is one page).</summary>
[GenerateSerializer, Immutable, Alias("dexflow.document-text")]
public sealed record DocumentText(
    [property: Id(0)] string DocumentId,
    [property: Id(1)] ImmutableArray<PageText> Pages);

/// <summary>
/// A page's text and where it came from: TextLayer (the PDF's own text, confidence 100), Ocr (with the engine's mean
/// word confidence, 0–100, and its count of words and of uncertain ones), or File (the text of a file read whole).
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.page-text")]
public sealed record PageText(
    [property: Id(0)] int Page,
    [property: Id(1)] string Text,
    [property: Id(2)] string Source,
    [property: Id(3)] int Confidence,
    [property: Id(4)] int Words,
    [property: Id(5)] int UncertainWords);
