using DexFlow.Grains.Indexing;
using DexFlow.Testing;

namespace DexFlow.Indexing.Tests;

/// <summary>
/// A customer's order typed into a Word or OpenDocument letter or an Excel or OpenDocument spreadsheet reads as lines the
/// field patterns find: paragraphs, label–value rows, and header rows with their records as header–value pairs.
/// </summary>
public sealed class OfficeTextTests
{
    private static readonly object[][] Details =
    [
        ["Customer", "Acme GmbH"],
        ["Quantity", 5000],
        ["Due date", new DateOnly(2026, 12, 24)],
    ];

    private static readonly object[][] Lines =
    [
        ["Product", "Paper", "Colours", "Quantity"],
        ["Flyer A5", "Gloss 135 gsm", "4/4", 2500],
    ];

    [Fact]
    public void A_word_order_reads_as_its_paragraphs_and_its_tables_as_label_value_lines()
    {
        var file = OfficeText.Read(OfficeFiles.Docx("Purchase order PO-4711", Details, Lines))!;

        Assert.Equal(OfficeText.DocxMediaType, file.MediaType);
        Assert.Equal(
            ["Purchase order PO-4711", "Customer: Acme GmbH", "Quantity: 5000", "Due date: 2026-12-24", "Product: Flyer A5", "Paper: Gloss 135 gsm", "Colours: 4/4", "Quantity: 2500"],
            file.Text.Split('\n'));
    }

    [Fact]
    public void An_excel_order_reads_its_sheets_with_shared_strings_numbers_as_stored_and_dates_as_dates()
    {
        var file = OfficeText.Read(OfficeFiles.Xlsx([["Purchase order", "PO-4711"], .. Details], Lines))!;

        Assert.Equal(OfficeText.XlsxMediaType, file.MediaType);
        Assert.Equal(
            ["Purchase order: PO-4711", "Customer: Acme GmbH", "Quantity: 5000", "Due date: 2026-12-24", "Product: Flyer A5", "Paper: Gloss 135 gsm", "Colours: 4/4", "Quantity: 2500"],
            file.Text.Split('\n'));
    }

    [Fact]
    public void An_opendocument_letter_keeps_its_spaces_and_reads_its_tables()
    {
        var file = OfficeText.Read(OfficeFiles.Odt("Purchase order   PO-4711", Details))!;

        Assert.Equal(OfficeText.OdtMediaType, file.MediaType);
        Assert.Equal(["Purchase order   PO-4711", "Customer: Acme GmbH", "Quantity: 5000", "Due date: 2026-12-24"], file.Text.Split('\n'));
    }

    [Fact]
    public void An_opendocument_spreadsheet_gives_numbers_and_dates_as_stored_not_as_displayed_and_stops_at_the_sheets_edge()
    {
        var file = OfficeText.Read(OfficeFiles.Ods(Details, Lines))!;

        Assert.Equal(OfficeText.OdsMediaType, file.MediaType);
        // Displayed as 5.000 and 24.12.2026 in the author's locale; read as stored.
        Assert.Equal(
            ["Customer: Acme GmbH", "Quantity: 5000", "Due date: 2026-12-24", "Product: Flyer A5", "Paper: Gloss 135 gsm", "Colours: 4/4", "Quantity: 2500"],
            file.Text.Split('\n'));
    }

    [Fact]
    public void An_archive_that_is_no_office_file_or_is_damaged_is_not_read()
    {
        var docx = OfficeFiles.Docx("Purchase order");

        Assert.Null(OfficeText.Read(OfficeFiles.OtherZip()));
        Assert.Null(OfficeText.Read(docx[..(docx.Length / 2)]));
    }

    [Theory]
    [InlineData(new[] { "Order no.:", "4711" }, "Order no.: 4711")]
    [InlineData(new[] { "Flyer", "", "5000", "EUR" }, "Flyer\t5000\tEUR")]
    [InlineData(new[] { "", "Total", "" }, "Total")]
    public void A_row_of_its_own_is_a_label_and_a_value_or_its_cells(string[] cells, string line) =>
        Assert.Equal([line], TableLines.Of([cells]));

    [Fact]
    public void Only_a_row_of_three_or_more_words_heads_the_rows_below_it()
    {
        Assert.Equal(["Item: Flyer", "Qty: 5000", "Price: 120.00"], TableLines.Of([["Item", "Qty", "Price"], ["Flyer", "5000", "120.00"]]));
        Assert.Equal(["Customer: Acme GmbH", "Product: Flyer"], TableLines.Of([["Customer", "Acme GmbH"], ["Product", "Flyer"]]));
        Assert.Equal(["Size\tA5\t148 x 210", "Flyer\t5000\t4/4"], TableLines.Of([["Size", "A5", "148 x 210"], ["Flyer", "5000", "4/4"]]));
    }
}
