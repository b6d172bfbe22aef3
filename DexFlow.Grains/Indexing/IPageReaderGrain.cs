using System.Collections.Immutable;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Parcels;

namespace DexFlow.Grains.Indexing;

/// <summary>
/// Reads stored files and their pages on the silo where it is called (a stateless worker; use key 0). Work queues on
/// the silo's <see cref="ImagingWorkers"/>, which bound how many pages are read at once, so the generous time limits
/// cover waiting in that queue.
/// </summary>
[Alias("dexflow.page-reader")]
public interface IPageReaderGrain : IGrainWithIntegerKey
{
    [Alias("inspect"), ResponseTimeout("00:10:00")]
    Task<FileInspection> Inspect(ContentRef content);

    [Alias("read"), ResponseTimeout("00:10:00")]
    Task<PageReading> Read(ContentRef content, int page);

    /// <summary>
    /// The words with their boxes of the file's <paramref name="pages"/> (from 0), numbered 1, 2, … in that order; a
    /// page never read before is read now.
    /// </summary>
    [Alias("words"), ResponseTimeout("00:10:00")]
    Task<ImmutableArray<PageWords>> Words(ContentRef content, ImmutableArray<int> pages);

    [Alias("picture"), ResponseTimeout("00:05:00")]
    Task<byte[]> Picture(ContentRef content, int page, int maxWidth);
}
