using System.Collections.Immutable;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Parcels;
using DexFlow.Grains.Imaging;
using DexFlow.Grains.Indexing;

namespace DexFlow.Grains.Parcels;

/// <summary>
/// The decisions of splitting (domain.md §3), between the reads the parcel grain does: how many files and pages a
/// parcel may have, which pages to read, what a page that cannot be decoded does to its file, when nothing in the
/// parcel is readable, and how the read pages are cut into documents.
/// </summary>
public static class SplitRules
{
    /// <summary>A page to read: its number through the parcel (from 1), its file, and its index in the file (from 0).</summary>
    public sealed record PageToRead(int Number, int FileIndex, int PageInFile);

    /// <summary>What reading a page gave: what was on it, or why it cannot be decoded.</summary>
    public sealed record PageRead(PageToRead Page, PageReadout? Readout, string? Problem);

    /// <summary>The parcel's pages with their roles in splitting, and the documents cut from them.</summary>
    public sealed record Cut(ImmutableArray<ParcelPage> Pages, ImmutableArray<ParcelDocument> Documents);

    /// <summary>An e-mail is a container: its attachments join the parcel as files, it is no document itself.</summary>
    public static bool IsContainer(FileInspection inspection) => inspection.MediaType == ImageSniffer.Email;

    /// <summary>The files not inspected yet (an e-mail's attachments appear only once the e-mail is).</summary>
    public static ImmutableArray<int> Uninspected(ParcelState state) =>
        [.. state.Files.Select((file, index) => (file, index)).Where(item => item.file.Inspection is null).Select(item => item.index)];

    /// <summary>Why the parcel is refused for its number of files (attachments included), or null.</summary>
    public static string? TooManyFiles(ParcelState state, int maxFiles) =>
        state.Files.Length > maxFiles ? $"The delivery has more than {maxFiles} files." : null;

    /// <summary>The pages to read, numbered through the parcel: every page of each readable scan or PDF (not Word files, e-mails or broken files).</summary>
    public static ImmutableArray<PageToRead> PagesToRead(ParcelState state) =>
    [
        .. state.Files
            .Select((file, index) => (file.Inspection, index))
            .Where(item => item.Inspection is { Problem: null, Text: null, PageCount: > 0 } inspection && !IsContainer(inspection))
            .SelectMany(item => Enumerable.Range(0, item.Inspection!.PageCount).Select(page => (item.index, page)))
            .Select((item, number) => new PageToRead(number + 1, item.index, item.page)),
    ];

    /// <summary>Why the parcel is refused for its number of pages (a batch too large is not read forever), or null.</summary>
    public static string? TooManyPages(ParcelState state, int maxPages) =>
        PagesToRead(state).Length is var pages && pages > maxPages ? $"The delivery has {pages} pages; at most {maxPages} are read." : null;

    /// <summary>
    /// Marks every file with a page that could not be decoded as unreadable, with the first page's problem: a file is
    /// never indexed as if it were complete.
    /// </summary>
    public static ParcelState WithBrokenPages(ParcelState state, IEnumerable<PageRead> reads)
    {
        var files = state.Files;
        foreach (var broken in reads.Where(read => read.Problem is not null).GroupBy(read => read.Page.FileIndex))
        {
            var file = files[broken.Key];
            files = files.SetItem(broken.Key, file with { Inspection = file.Inspection! with { Problem = broken.First().Problem } });
        }

        return state with { Files = files };
    }

    /// <summary>Why the parcel cannot be read at all (it is then failed for good), or null when something in it can.</summary>
    public static string? Unreadable(ParcelState state)
    {
        if (state.Files.Any(file => file.Inspection is { Problem: null }))
        {
            return null;
        }

        var problem = state.Files.Select(file => file.Inspection?.Problem).FirstOrDefault(problem => problem is not null);
        return problem is null ? "the delivery holds no file" : $"{Capitalised(problem)}.";
    }

    /// <summary>
    /// Cuts the parcel into documents, file by file: a scan or PDF at separator sheets, cover sheets and changes of
    /// order barcode or of title under one order barcode (<see cref="Splitter"/>); a Word file, and a file that cannot be read, as one document each. A
    /// bare e-mail's body is the one document of a parcel that has no other. Pages of unreadable files are left out.
    /// Only a document read whole carries its text; a document of pages has theirs in <see cref="PageReadingStore"/>.
    /// </summary>
    public static Cut CutIntoDocuments(ParcelState state, IEnumerable<PageRead> reads, BarcodeConventions codes, ClassificationOptions classification)
    {
        var pages = reads
            .Where(read => read.Readout is not null && state.Files[read.Page.FileIndex].Inspection!.Problem is null)
            .Select(read => new ParcelPage(read.Page.Number, read.Page.FileIndex, read.Page.PageInFile, read.Readout!.Reading, PageRole.Content))
            .OrderBy(page => page.Number)
            .ToArray();
        var texts = reads.Where(read => read.Readout is not null).ToDictionary(read => read.Page.Number, read => read.Readout!.Text);
        var documents = ImmutableArray.CreateBuilder<ParcelDocument>();
        var roles = new Dictionary<int, PageRole>();
        for (var fileIndex = 0; fileIndex < state.Files.Length; fileIndex++)
        {
            var inspection = state.Files[fileIndex].Inspection!;
            if (IsContainer(inspection))
            {
                continue;
            }

            if (inspection.Problem is not null || inspection.Text is not null)
            {
                documents.Add(Document(fileIndex, [], null, null, inspection.Text));
                continue;
            }

            var filePages = pages.Where(page => page.FileIndex == fileIndex).ToArray();
            var split = Splitter.Split([.. filePages.Select(page => new Splitter.Page(page.Number, page.Reading.Barcodes, texts[page.Number]))], codes, classification);
            foreach (var (number, role) in split.Roles)
            {
                roles[number] = role;
            }

            documents.AddRange(split.Documents.Select(piece => Document(fileIndex, piece.Pages, piece.CoverType, piece.CoverOrder, null)));
        }

        if (documents.Count == 0 && state.Details.BodyText is { Length: > 0 } body)
        {
            documents.Add(Document(-1, [], null, null, body));
        }

        return new Cut([.. pages.Select(page => page with { Role = roles.GetValueOrDefault(page.Number, PageRole.Content) })], documents.ToImmutable());
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static ParcelDocument Document(int fileIndex, ImmutableArray<int> pages, DocumentType? coverType, string? coverOrder, string? text) =>
        new(fileIndex, pages, coverType, coverOrder, null, 0, "", [], [], null, text);
}
