using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Parcels;
using DexFlow.Grains.Parcels;
using static DexFlow.Domain.Tests.Parcels.ParcelTestData;

namespace DexFlow.Domain.Tests.Parcels;

/// <summary>The decisions of splitting (domain.md §3): limits, which pages are read, broken pages, and how a parcel is cut into documents.</summary>
public sealed class SplitRulesTests
{
    [Fact]
    public void A_delivery_with_more_files_than_the_limit_is_refused_and_one_at_the_limit_is_not()
    {
        var parcel = Received(Scan(1), Scan(1), Scan(1));

        Assert.Null(SplitRules.TooManyFiles(parcel, 3));
        Assert.Equal("The delivery has more than 2 files.", SplitRules.TooManyFiles(parcel, 2));
    }

    [Fact]
    public void Files_waiting_for_inspection_are_those_not_inspected_yet()
    {
        var parcel = Received(Scan(1), null, Word("Dear Anna"), null);

        Assert.Equal<int>([1, 3], SplitRules.Uninspected(parcel));
    }

    [Fact]
    public void Pages_are_numbered_through_the_parcel_and_only_scans_and_PDFs_are_read()
    {
        var parcel = Received(Scan(2), Word("Dear Anna"), Email("body"), Broken("not a PDF"), Scan(0), Scan(1));

        var pages = SplitRules.PagesToRead(parcel);

        Assert.Equal<SplitRules.PageToRead>(
            [new SplitRules.PageToRead(1, 0, 0), new SplitRules.PageToRead(2, 0, 1), new SplitRules.PageToRead(3, 5, 0)],
            pages);
    }

    [Fact]
    public void A_delivery_with_more_pages_than_the_limit_is_refused_before_any_page_is_read()
    {
        var parcel = Received(Scan(2), Scan(1));

        Assert.Null(SplitRules.TooManyPages(parcel, 3));
        Assert.Equal("The delivery has 3 pages; at most 2 are read.", SplitRules.TooManyPages(parcel, 2));
    }

    [Fact]
    public void A_page_that_cannot_be_decoded_makes_its_whole_file_unreadable_with_its_problem()
    {
        var parcel = Received(Scan(3), Scan(1));

        var checkedFiles = SplitRules.WithBrokenPages(parcel,
        [
            Read(1, 0, 0, "page one"), Undecodable(2, 0, 1, "page 2 is truncated"), Undecodable(3, 0, 2, "page 3 is truncated"),
            Read(4, 1, 0, "other file"),
        ]);

        Assert.Equal(["page 2 is truncated", null], checkedFiles.Files.Select(file => file.Inspection!.Problem));
    }

    [Fact]
    public void A_parcel_is_unreadable_only_when_no_file_in_it_can_be_read_and_then_says_why()
    {
        Assert.Null(SplitRules.Unreadable(Received(Broken("not a PDF"), Scan(1))));
        Assert.Null(SplitRules.Unreadable(Received(Email(null))));
        Assert.Equal("Not a PDF.", SplitRules.Unreadable(Received(Broken("not a PDF"), Broken("empty file"))));
        Assert.Equal("the delivery holds no file", SplitRules.Unreadable(Received(Scan(1)) with { Files = [] }));
    }

    [Fact]
    public void A_scan_is_cut_at_separator_sheets_which_belong_to_no_document()
    {
        var parcel = Received(Scan(4));

        var cut = SplitRules.CutIntoDocuments(parcel,
            [Read(1, 0, 0, "first letter"), Read(2, 0, 1, "", "DXF-SEP"), Read(3, 0, 2, "second letter page one"), Read(4, 0, 3, "second letter page two")],
            Codes, Rules.Classification);

        Assert.Equal(["1", "3 4"], cut.Documents.Select(document => Pages(document.Pages)));
        Assert.Equal([PageRole.Content, PageRole.Separator, PageRole.Content, PageRole.Content], cut.Pages.Select(page => page.Role));
        Assert.Null(cut.Documents[1].Text);
        var texts = new ParcelTexts(new Dictionary<int, string> { [3] = "second letter page one", [4] = "second letter page two" });
        Assert.Equal("second letter page one\n\f\nsecond letter page two", texts.Of(cut.Documents[1]));
    }

    [Fact]
    public void In_a_duplex_scan_blank_backs_stay_with_their_page_and_the_back_of_a_separator_or_cover_sheet_with_that_sheet()
    {
        var parcel = Received(Scan(10));

        var cut = SplitRules.CutIntoDocuments(parcel,
        [
            Read(1, 0, 0, "first letter"), Read(2, 0, 1, ""), Read(3, 0, 2, "", "DXF-SEP"), Read(4, 0, 3, " . "),
            Read(5, 0, 4, "second letter"), Read(6, 0, 5, ""), Read(7, 0, 6, "", "DXF-T-Invoice"), Read(8, 0, 7, ""),
            Read(9, 0, 8, "an invoice"), Read(10, 0, 9, ""),
        ], Codes, Rules.Classification);

        Assert.Equal(["1 2", "5 6", "9 10"], cut.Documents.Select(document => Pages(document.Pages)));
        Assert.Equal(
            [PageRole.Content, PageRole.Blank, PageRole.Separator, PageRole.Separator, PageRole.Content, PageRole.Blank, PageRole.Cover, PageRole.Cover,
                PageRole.Content, PageRole.Blank],
            cut.Pages.Select(page => page.Role));
        Assert.Equal(DocumentType.Invoice, cut.Documents[2].CoverType);
    }

    [Fact]
    public void In_a_simplex_scan_a_page_without_text_after_a_separator_is_a_document_of_its_own()
    {
        var parcel = Received(Scan(3));

        var cut = SplitRules.CutIntoDocuments(parcel, [Read(1, 0, 0, "a letter"), Read(2, 0, 1, "", "DXF-SEP"), Read(3, 0, 2, "")], Codes, Rules.Classification);

        Assert.Equal(["1", "3"], cut.Documents.Select(document => Pages(document.Pages)));
    }

    [Fact]
    public void A_cover_sheet_types_the_next_document_and_a_new_order_barcode_starts_another()
    {
        var parcel = Received(Scan(4));

        var cut = SplitRules.CutIntoDocuments(parcel,
        [
            Read(1, 0, 0, "", "DXF-T-Invoice", "DXF-O-2026-000123"), Read(2, 0, 1, "invoice for order 123", "DXF-O-2026-000123"),
            Read(3, 0, 2, "work sheet of order 124", "DXF-O-2026-000124"), Read(4, 0, 3, "its second page"),
        ], Codes, Rules.Classification);

        Assert.Equal(
            [("2", (DocumentType?)DocumentType.Invoice, (string?)"2026-000123"), ("3 4", null, null)],
            cut.Documents.Select(document => (Pages(document.Pages), document.CoverType, document.CoverOrder)));
        Assert.Equal(PageRole.Cover, cut.Pages[0].Role);
    }

    [Fact]
    public void Word_files_and_unreadable_files_are_one_document_each_and_pages_of_a_broken_file_are_left_out()
    {
        var parcel = Received(Word("Dear Anna, thank you"), Broken("page 2 is truncated") with { PageCount = 2 }, Scan(1));

        var cut = SplitRules.CutIntoDocuments(parcel, [Read(1, 1, 0, "half a page"), Read(2, 2, 0, "a letter")], Codes, Rules.Classification);

        Assert.Equal(
            [(0, "", (string?)"Dear Anna, thank you"), (1, "", null), (2, "2", null)],
            cut.Documents.Select(document => (document.FileIndex, Pages(document.Pages), document.Text)));
        Assert.Equal([2], cut.Pages.Select(page => page.Number));
    }

    [Fact]
    public void A_bare_e_mail_is_one_document_of_its_body_text()
    {
        var parcel = Received(Email(null)) with { Details = DeliveryDetails.None with { BodyText = "Please print 500 flyers." } };

        var cut = SplitRules.CutIntoDocuments(parcel, [], Codes, Rules.Classification);

        Assert.Equal([(-1, "Please print 500 flyers.")], cut.Documents.Select(document => (document.FileIndex, document.Text)));
    }

    [Fact]
    public void An_e_mail_with_attachments_is_cut_into_its_attachments_alone()
    {
        var parcel = Received(Email("see attached"), Scan(1)) with { Details = DeliveryDetails.None with { BodyText = "see attached" } };

        var cut = SplitRules.CutIntoDocuments(parcel, [Read(1, 1, 0, "the order form")], Codes, Rules.Classification);

        Assert.Equal([(1, "1")], cut.Documents.Select(document => (document.FileIndex, Pages(document.Pages))));
    }

    [Fact]
    public void Splitting_a_parcel_whose_only_file_has_a_broken_page_fails_it_for_good_at_splitting()
    {
        var parcel = ParcelWorkflow.Start(Received(Scan(2)), Now);

        var split = ParcelWorkflow.Split(parcel, [Read(1, 0, 0, "page one"), Undecodable(2, 0, 1, "page 2 is truncated")], Rules, Now);

        Assert.Equal(ParcelStage.Failed, split.Stage);
        Assert.Equal(new ParcelFailure(ParcelStage.Splitting, "Page 2 is truncated.", 1, Now, Permanent: true), split.Failure);
        Assert.Empty(split.Documents);
    }

    [Fact]
    public void Splitting_goes_on_to_indexing_with_the_documents_cut_and_says_so_in_the_history()
    {
        var parcel = ParcelWorkflow.Start(Received(Scan(3)), Now);

        var split = ParcelWorkflow.Split(parcel, [Read(1, 0, 0, "one"), Read(2, 0, 1, "", "DXF-SEP"), Read(3, 0, 2, "two")], Rules, Now);

        Assert.Equal((ParcelStage.Indexing, 2, 3), (split.Stage, split.Documents.Length, split.Pages.Length));
        Assert.Equal(("Split", ParcelStage.Splitting, ParcelStage.Indexing, "3 page(s) into 2 document(s)"),
            (split.Audit[^1].Action, split.Audit[^1].From, split.Audit[^1].To, split.Audit[^1].Details));
    }
}
