using System.Collections.Immutable;
using DexFlow.Contracts.Documents;

namespace DexFlow.Grains.Indexing;

/// <summary>
/// What OCR read on a page: the text in reading order, the mean word confidence (0–100), how many words it found and
/// how many of them it was unsure of, the quarter turns it applied to stand the page upright, and the words with their
/// boxes on the page as read.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.ocr-result")]
public sealed record OcrResult(
    [property: Id(0)] string Text,
    [property: Id(1)] int MeanConfidence,
    [property: Id(2)] int Words,
    [property: Id(3)] int UncertainWords,
    [property: Id(4)] int QuarterTurns,
    [property: Id(5)] ImmutableArray<WordBox> Boxes);
