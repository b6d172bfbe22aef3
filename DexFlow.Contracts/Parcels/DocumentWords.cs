using System.Collections.Immutable;
using DexFlow.Contracts.Documents;

namespace DexFlow.Contracts.Parcels;

/// <summary>The words of a document with their boxes, page by page (for the viewer's highlights and the indexing station).</summary>
[GenerateSerializer, Immutable, Alias("dexflow.document-words")]
public sealed record DocumentWords(
    [property: Id(0)] string DocumentId,
    [property: Id(1)] ImmutableArray<PageWords> Pages);

/// <summary>
/// A page's words as reading found them: from TextLayer (the PDF's own text), Ocr, or None (a control page, not read).
/// OCR reads a page turned upright (<see cref="QuarterTurns"/> clockwise quarter turns from the stored page, and
/// straightened when it was skewed): the boxes are on the page as read.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.page-words")]
public sealed record PageWords(
    [property: Id(0)] int Page,
    [property: Id(1)] string Source,
    [property: Id(2)] int QuarterTurns,
    [property: Id(3)] ImmutableArray<WordBox> Words);
