using System.Collections.Immutable;
using DexFlow.Contracts.Documents;

namespace DexFlow.Grains.Indexing;

/// <summary>
/// What reading a page gave: the reading the parcel keeps, the text, and the words with their boxes; text and words
/// are kept apart from the parcel (<see cref="PageReadingStore"/>).
/// </summary>
public sealed record PageResult(PageReading Reading, string Text, ImmutableArray<WordBox> Words)
{
    public PageReadout Readout => new(Reading, Text);
}
