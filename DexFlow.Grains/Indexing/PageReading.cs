using System.Collections.Immutable;
using DexFlow.Contracts.Documents;

namespace DexFlow.Grains.Indexing;

public enum TextSource
{
    /// <summary>Control pages (separator, cover sheet) are not read.</summary>
    None,

    /// <summary>The PDF's own text.</summary>
    TextLayer,

    Ocr,
}

/// <summary>What reading one page found: its barcodes and its text, with how sure the reading is (100 for a text layer).</summary>
[GenerateSerializer, Immutable, Alias("dexflow.page-reading")]
public sealed record PageReading(
    [property: Id(0)] ImmutableArray<Barcode> Barcodes,
    [property: Id(1)] string Text,
    [property: Id(2)] TextSource Source,
    [property: Id(3)] int Confidence,
    [property: Id(4)] int Words,
    [property: Id(5)] int UncertainWords,
    [property: Id(6)] int QuarterTurns);
