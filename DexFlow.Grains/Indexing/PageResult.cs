using System.Collections.Immutable;
using DexFlow.Contracts.Documents;

namespace DexFlow.Grains.Indexing;

/// <summary>
/// What reading a page gave: the reading the parcel keeps, and the words with their boxes, which are kept apart
/// (<see cref="PageWordsStore"/>) because they are many times larger than the text.
/// </summary>
public sealed record PageResult(PageReading Reading, ImmutableArray<WordBox> Words);
