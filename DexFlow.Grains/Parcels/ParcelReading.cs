using DexFlow.Contracts.Documents;
using DexFlow.Grains.Imaging;
using DexFlow.Grains.Indexing;
using Microsoft.Extensions.Options;

namespace DexFlow.Grains.Parcels;

/// <summary>
/// The reading a parcel's split needs: inspecting every file (unpacking e-mails) and reading every page with the page
/// reader, while <see cref="SplitRules"/> decides in between what to read and when to stop.
/// </summary>
public sealed class ParcelReading(IGrainFactory grains, IOptions<ParcelOptions> options, IndexingRules rules)
{
    /// <summary>The parcel split into documents, or failed for good when the delivery is too large or nothing in it can be read.</summary>
    public async Task<ParcelState> Split(ParcelState state, DateTimeOffset now)
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

        if ((SplitRules.Unreadable(inspected) ?? SplitRules.TooManyPages(inspected, options.Value.MaxPages)) is { } refused)
        {
            return ParcelWorkflow.FailForGood(inspected, refused, now);
        }

        var reads = await Task.WhenAll(SplitRules.PagesToRead(inspected).Select(page => Read(reader, inspected.Files[page.FileIndex].Content, page)));
        return ParcelWorkflow.Split(inspected, reads, rules, now);
    }

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
