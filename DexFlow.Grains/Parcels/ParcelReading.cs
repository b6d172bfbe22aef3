using DexFlow.Contracts.Documents;
using DexFlow.Grains.Imaging;
using DexFlow.Grains.Indexing;
using Microsoft.Extensions.Options;

namespace DexFlow.Grains.Parcels;

/// <summary>
/// The reading a parcel's split needs, in two steps the parcel saves apart: inspecting every file (unpacking e-mails),
/// then reading every page with the page reader, while <see cref="SplitRules"/> decides what to read and when to stop.
/// </summary>
public sealed class ParcelReading(IGrainFactory grains, IOptions<ParcelOptions> options, IndexingRules rules, StoredReadings stored)
{
    /// <summary>
    /// Every file inspected (an e-mail's attachments join the parcel and are inspected in turn), or the parcel failed
    /// for good when the delivery is too large or nothing in it can be read. Reading no page, it is quick.
    /// </summary>
    public async Task<ParcelState> Inspect(ParcelState state, DateTimeOffset now)
    {
        var reader = grains.GetGrain<IPageReaderGrain>(0);
        var inspected = state;
        while (SplitRules.Uninspected(inspected) is { IsEmpty: false } pending)
        {
            if (SplitRules.TooManyFiles(inspected, options.Value.MaxFiles) is { } tooMany)
            {
                return ParcelWorkflow.FailForGood(state, tooMany, now);
            }

            var found = await Task.WhenAll(pending.Select(async index => (index, inspection: await reader.Inspect(inspected.Files[index].Content))));
            inspected = ParcelWorkflow.Inspected(inspected, found.ToDictionary(item => item.index, item => item.inspection));
        }

        return Refused(inspected, now) ?? inspected;
    }

    /// <summary>The inspected parcel split into documents by reading its pages, or failed for good when nothing in it can be read.</summary>
    public async Task<ParcelState> Split(ParcelState inspected, DateTimeOffset now)
    {
        if (Refused(inspected, now) is { } refused)
        {
            return refused;
        }

        var reader = grains.GetGrain<IPageReaderGrain>(0);
        var reads = await Task.WhenAll(SplitRules.PagesToRead(inspected).Select(page => Read(reader, inspected.Files[page.FileIndex].Content, page)));
        return ParcelWorkflow.Split(inspected, reads, rules, now);
    }

    /// <summary>The text of the pages the parcel's documents are made of, from where reading stored it.</summary>
    public async Task<ParcelTexts> Texts(ParcelState state)
    {
        var inDocuments = state.Documents.SelectMany(document => document.Pages).ToHashSet();
        var texts = new Dictionary<int, string>();
        foreach (var file in state.Pages.Where(page => inDocuments.Contains(page.Number)).GroupBy(page => page.FileIndex))
        {
            var pages = file.ToArray();
            var read = await stored.Texts(state.Files[file.Key].Content, [.. pages.Select(page => page.PageInFile)]);
            for (var position = 0; position < pages.Length; position++)
            {
                texts[pages[position].Number] = read[position];
            }
        }

        return new ParcelTexts(texts);
    }

    private ParcelState? Refused(ParcelState inspected, DateTimeOffset now) =>
        (SplitRules.Unreadable(inspected) ?? SplitRules.TooManyPages(inspected, options.Value.MaxPages)) is { } refusal
            ? ParcelWorkflow.FailForGood(inspected, refusal, now)
            : null;

    private static async Task<SplitRules.PageRead> Read(IPageReaderGrain reader, ContentRef content, SplitRules.PageToRead page)
    {
        try
        {
            return new SplitRules.PageRead(page, await reader.Read(content, page.PageInFile), null);
        }
        catch (InvalidImageException problem)
        {
            return new SplitRules.PageRead(page, null, problem.Message);
        }
    }
}
