using DexFlow.Grains.Imaging;
using DexFlow.Testing;

namespace DexFlow.Indexing.Tests;

/// <summary>A born-digital PDF's text keeps Poppler's reading order and puts a label and its value on one line.</summary>
public sealed class PdfLayoutTextTests
{
    [Fact]
    public async Task A_label_and_its_value_and_a_tables_cells_are_one_line_while_blocks_keep_their_order()
    {
        var invoice = await PdfTools.Text(Path.Combine(SharedData.SamplesHard, "h043-supplier-invoice.pdf"), 0);
        var order = await PdfTools.Text(Path.Combine(SharedData.Samples, "s003-po-p3.pdf"), 0);

        Assert.Contains("Invoice number:\tINV-526496\n", invoice, StringComparison.Ordinal);
        Assert.Contains("Subtotal (net)\t1,347.60\n", invoice, StringComparison.Ordinal);
        Assert.Contains("1\t814298\tPolar Offset 80 g/m2, 640 x 900 mm, LB, 250 sh/ream\t40 ream\t14.85\t594.00\n", invoice, StringComparison.Ordinal);
        Assert.StartsWith("Meridian Paper Merchants Ltd\n", invoice, StringComparison.Ordinal);

        // A right-hand column that begins lower is not joined to the left one: the customer stays under "Ordered by".
        Assert.Contains("Ordered by\nHarbor & Finch Architects\n", order, StringComparison.Ordinal);
        Assert.Contains("PO no.:\tHF/26/35182", order, StringComparison.Ordinal);
    }
}
