using System.Collections.Immutable;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Parcels;

namespace DexFlow.Grains.Indexing;

/// <summary>
/// Cuts a file's pages into documents (domain.md §3): a document ends before a separator sheet or a cover sheet,
/// which belong to no document, and at a page that carries a different order barcode than the pages before it, or the
/// same order barcode under the title of another kind of paper (a price sheet, then a proof, then a QA report of one
/// order scanned without separators). A
/// cover sheet's type and order apply to the document that follows it. Nearly empty pages (blank back sides of a
/// duplex scan) stay inside their document; the blank back of a separator or cover sheet belongs to that sheet, so it
/// does not begin the next document.
/// </summary>
public static class Splitter
{
    public sealed record Page(int Number, ImmutableArray<Barcode> Barcodes, string Text);

    public sealed record Piece(ImmutableArray<int> Pages, DocumentType? CoverType, string? CoverOrder);

    public sealed record Result(ImmutableDictionary<int, PageRole> Roles, ImmutableArray<Piece> Documents);

    private const int BlankBelowCharacters = 8;

    // The back of a separator or cover sheet has at most a speck or two read as characters: a page after such a sheet
    // with a word on it, however short, begins the next document.
    private const int SheetBackBelowCharacters = 3;

    public static Result Split(IReadOnlyList<Page> pages, BarcodeConventions codes, ClassificationOptions classification)
    {
        var roles = ImmutableDictionary.CreateBuilder<int, PageRole>();
        var documents = ImmutableArray.CreateBuilder<Piece>();
        List<int>? current = null;
        DocumentType? coverType = null, nextType = null;
        string? coverOrder = null, nextOrder = null, lastOrder = null;
        DocumentType? title = null;
        PageRole? sheetBefore = null;
        bool? previousBlank = null;

        void Close()
        {
            if (current is { Count: > 0 })
            {
                documents.Add(new Piece([.. current], coverType, coverOrder));
            }

            current = null;
            lastOrder = null;
            title = null;
        }

        foreach (var page in pages)
        {
            if (page.Barcodes.Any(codes.IsSeparator))
            {
                roles[page.Number] = PageRole.Separator;
                sheetBefore = DuplexFront(page, previousBlank) ? PageRole.Separator : null;
                previousBlank = false;
                Close();
                continue;
            }

            if (page.Barcodes.Select(codes.TypeOf).FirstOrDefault(type => type is not null) is { } type)
            {
                roles[page.Number] = PageRole.Cover;
                sheetBefore = DuplexFront(page, previousBlank) ? PageRole.Cover : null;
                previousBlank = false;
                Close();
                nextType = type;
                nextOrder = page.Barcodes.Select(codes.OrderOf).FirstOrDefault(order => order is not null);
                continue;
            }

            var order = page.Barcodes.Select(codes.OrderOf).FirstOrDefault(number => number is not null);
            var characters = page.Text.Count(char.IsLetterOrDigit);
            var blank = page.Barcodes.IsEmpty && characters < BlankBelowCharacters;
            if (blank && characters < SheetBackBelowCharacters && sheetBefore is { } sheet)
            {
                // The back of the sheet just read, in a duplex scan.
                roles[page.Number] = sheet;
                (sheetBefore, previousBlank) = (null, true);
                continue;
            }

            (sheetBefore, previousBlank) = (null, blank);
            // A cover sheet said what the document after it is: its pages are not cut by their titles.
            var pageTitle = blank || order is null || (current is not null && coverType is not null) ? null : DocumentClassifier.TitleOf(page.Text, classification);
            if (!blank && order is not null && lastOrder is not null && (order != lastOrder || pageTitle is not null && title is not null && pageTitle != title))
            {
                Close();
            }

            title ??= pageTitle;

            if (current is null)
            {
                current = [];
                (coverType, coverOrder, nextType, nextOrder) = (nextType, nextOrder, null, null);
            }

            roles[page.Number] = blank ? PageRole.Blank : PageRole.Content;
            current.Add(page.Number);
            lastOrder = order ?? lastOrder;
        }

        Close();
        return new Result(roles.ToImmutable(), documents.ToImmutable());
    }

    // A sheet that may have a back in the scan: it is a front side (an odd page), and the page before it, if any, was
    // a blank back too. In a simplex scan a page after a sheet is content, however little ink it has (a drawing).
    private static bool DuplexFront(Page sheet, bool? previousBlank) => sheet.Number % 2 == 1 && previousBlank != false;
}
