using DexFlow.Contracts.Documents;

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

    /// <summary>Reads the page; its text and words with their boxes are stored (<see cref="PageReadingStore"/>) before it returns.</summary>
    [Alias("read"), ResponseTimeout("00:10:00")]
    Task<PageReadout> Read(ContentRef content, int page);

    [Alias("picture"), ResponseTimeout("00:05:00")]
    Task<byte[]> Picture(ContentRef content, int page, int maxWidth);
}
