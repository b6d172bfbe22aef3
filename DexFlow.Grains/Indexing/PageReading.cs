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

/// <summary>
/// What the parcel keeps of reading one page: its barcodes, how sure the reading is (100 for a text layer) and how much
/// text it found. The text itself is kept apart, in <c>dexflow.page_readings</c> (<see cref="PageReadingStore"/>), so
/// a parcel's state stays small however much its pages say. Id 1 is retired: it held the text.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.page-reading")]
public sealed record PageReading(
    [property: Id(0)] ImmutableArray<Barcode> Barcodes,
    [property: Id(2)] TextSource Source,
    [property: Id(3)] int Confidence,
    [property: Id(4)] int Words,
    [property: Id(5)] int UncertainWords,
    [property: Id(6)] int QuarterTurns,
    [property: Id(7)] int Characters);

/// <summary>What reading a page gives the parcel: the reading it keeps and the text it splits, classifies and routes by.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.page-readout")]
public sealed record PageReadout(
    [property: Id(0)] PageReading Reading,
    [property: Id(1)] string Text);
