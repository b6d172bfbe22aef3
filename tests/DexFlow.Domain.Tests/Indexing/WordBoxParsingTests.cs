using DexFlow.Contracts.Documents;
using DexFlow.Grains.Imaging;
using DexFlow.Grains.Indexing;

namespace DexFlow.Domain.Tests.Indexing;

/// <summary>Words with boxes from the two readers' outputs: Tesseract's TSV and Poppler's bounding-box XHTML.</summary>
public sealed class WordBoxParsingTests
{
    [Fact]
    public void Tesseract_words_are_placed_as_shares_of_the_page_and_layout_rows_are_not_words()
    {
        const string tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
                           + "1\t1\t0\t0\t0\t0\t0\t0\t2000\t1000\t-1\t\n"
                           + "2\t1\t1\t0\t0\t0\t100\t50\t800\t40\t-1\t\n"
                           + "4\t1\t1\t1\t1\t0\t100\t50\t800\t40\t-1\t\n"
                           + "5\t1\t1\t1\t1\t1\t100\t50\t300\t40\t96.5\tInvoice\n"
                           + "5\t1\t1\t1\t1\t2\t500\t50\t1\t40\t95\t \n"
                           + "5\t1\t1\t1\t1\t3\t600\t55\t300\t35\t41.2\tNo.\n";

        var words = TesseractTsv.Words(tsv);

        Assert.Equal(2, words.Length);
        AssertWord(new WordBox("Invoice", 0.05, 0.05, 0.15, 0.04, 97), words[0]);
        AssertWord(new WordBox("No.", 0.3, 0.055, 0.15, 0.035, 41), words[1]);
    }

    [Fact]
    public void Poppler_words_are_unescaped_and_none_is_skipped_when_they_follow_each_other_directly()
    {
        const string xhtml = """
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml">
            <head><title>x</title></head><body><doc>
              <page width="500" height="1000"><word xMin="50" yMin="100" xMax="100" yMax="120">Smith</word><word xMin="105" yMin="100" xMax="115" yMax="120">&amp;</word><word xMin="120" yMin="100" xMax="170" yMax="120">Sons</word>
              </page></doc></body></html>
            """;

        var words = PdfWordBoxes.Parse(xhtml);

        Assert.Equal(["Smith", "&", "Sons"], words.Select(word => word.Text));
        AssertWord(new WordBox("Smith", 0.1, 0.1, 0.1, 0.02, 100), words[0]);
    }

    [Fact]
    public void Poppler_output_cut_short_gives_the_words_before_the_cut()
    {
        const string xhtml = """<html><body><doc><page width="100" height="100"><word xMin="1" yMin="1" xMax="2" yMax="2">One</word><word xMin="3" yMin""";

        Assert.Equal(["One"], PdfWordBoxes.Parse(xhtml).Select(word => word.Text));
    }

    private static void AssertWord(WordBox expected, WordBox actual)
    {
        Assert.Equal((expected.Text, expected.Confidence), (actual.Text, actual.Confidence));
        Assert.Equal([expected.Left, expected.Top, expected.Width, expected.Height], [actual.Left, actual.Top, actual.Width, actual.Height], new ToleranceComparer());
    }

    private sealed class ToleranceComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-9;

        public int GetHashCode(double value) => 0;
    }
}
