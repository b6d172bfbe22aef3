using DexFlow.Contracts.Documents;
using DexFlow.Grains.Imaging;
using DexFlow.Grains.Indexing;
using DexFlow.Testing;

namespace DexFlow.Indexing.Tests;

/// <summary>
/// Words with their boxes, from a PDF's text layer and from OCR of the same page rendered: both place a word where it
/// is printed, in shares of the page, so a viewer's highlight lands on the word whichever reading found it.
/// </summary>
public sealed class WordBoxTests : IDisposable
{
    private readonly OcrEngine _engine = new("eng");

    [Theory]
    [InlineData("s003-po-p3.pdf")]
    [InlineData("s015-supplier-invoice.pdf")]
    public async Task Ocr_places_words_where_the_pdfs_own_text_has_them(string sample)
    {
        using var file = await PageFile.Open(File.ReadAllBytes(Path.Combine(SharedData.Samples, sample)), new ImagingOptions());
        var layer = await file.TextLayerWords(0);
        using var image = await file.Render(0);
        var ocr = _engine.Recognize(image).Boxes;

        // Words that occur once in each reading and are long enough not to be misread often.
        var pairs = Unique(layer).Join(Unique(ocr), word => word.Text, word => word.Text, (printed, read) => (Printed: printed, Read: read)).ToArray();

        Assert.True(pairs.Length >= 12, $"only {pairs.Length} words in common");
        Assert.All(pairs, pair =>
        {
            Assert.InRange(Math.Abs(Centre(pair.Printed).X - Centre(pair.Read).X), 0, 0.01);
            Assert.InRange(Math.Abs(Centre(pair.Printed).Y - Centre(pair.Read).Y), 0, 0.01);
        });
    }

    [Fact]
    public async Task The_words_of_a_line_stand_side_by_side_on_one_baseline()
    {
        using var file = await PageFile.Open(File.ReadAllBytes(Path.Combine(SharedData.Samples, "s003-po-p3.pdf")), new ImagingOptions());
        var words = await file.TextLayerWords(0);

        // The letterhead: "Harbor & Finch Architects" at the top of the page.
        var index = words.Select(word => word.Text).ToList().IndexOf("Harbor");
        var line = words.Skip(index).Take(4).ToArray();

        Assert.Equal(["Harbor", "&", "Finch", "Architects"], line.Select(word => word.Text));
        Assert.InRange(line[0].Top, 0, 0.15);
        Assert.All(line.Zip(line.Skip(1)), pair =>
        {
            Assert.Equal(pair.First.Top + pair.First.Height, pair.Second.Top + pair.Second.Height, 3);
            Assert.True(pair.First.Left + pair.First.Width <= pair.Second.Left, $"{pair.First.Text} ends after {pair.Second.Text} starts");
        });
    }

    [Fact]
    public async Task An_image_has_no_text_layer_words()
    {
        using var file = await PageFile.Open(File.ReadAllBytes(Path.Combine(SharedData.Samples, "s021-paper-datasheet.png")), new ImagingOptions());

        Assert.Empty(await file.TextLayerWords(0));
    }

    private static IEnumerable<WordBox> Unique(IEnumerable<WordBox> words) =>
        words.Where(word => word.Text.Length >= 4 && word.Text.All(char.IsLetter)).GroupBy(word => word.Text).Where(group => group.Count() == 1).Select(group => group.Single());

    private static (double X, double Y) Centre(WordBox word) => (word.Left + word.Width / 2, word.Top + word.Height / 2);

    public void Dispose() => _engine.Dispose();
}
