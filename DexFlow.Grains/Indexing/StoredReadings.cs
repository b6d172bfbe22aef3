using System.Collections.Immutable;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Parcels;

namespace DexFlow.Grains.Indexing;

/// <summary>
/// The text and words of read pages as they were stored, straight from <see cref="PageReadingStore"/> (not queued
/// behind the page reader's OCR work); a page missing there (read before it was kept) is read again, once.
/// </summary>
public sealed class StoredReadings(PageReadingStore store, IGrainFactory grains)
{
    /// <summary>The text of the file's <paramref name="pages"/> (from 0), in that order.</summary>
    public async Task<ImmutableArray<string>> Texts(ContentRef file, ImmutableArray<int> pages)
    {
        var stored = await store.Texts(file, pages);
        foreach (var page in pages.Where(page => !stored.ContainsKey(page)).Distinct())
        {
            stored[page] = (await Reader.Read(file, page)).Text;
        }

        return [.. pages.Select(page => stored[page])];
    }

    /// <summary>The words of the file's <paramref name="pages"/> (from 0), numbered 1, 2, … in that order.</summary>
    public async Task<ImmutableArray<PageWords>> Words(ContentRef file, ImmutableArray<int> pages)
    {
        var stored = await store.Words(file, pages);
        var missing = pages.Where(page => !stored.ContainsKey(page)).Distinct().ToArray();
        if (missing.Length > 0)
        {
            // Reading saves the words before it returns.
            await Task.WhenAll(missing.Select(page => Reader.Read(file, page)));
            stored = await store.Words(file, pages);
        }

        return [.. pages.Select((page, position) => stored[page] with { Page = position + 1 })];
    }

    private IPageReaderGrain Reader => grains.GetGrain<IPageReaderGrain>(0);
}
