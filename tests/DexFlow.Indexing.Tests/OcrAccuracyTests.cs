using DexFlow.Grains.Imaging;
using DexFlow.Grains.Indexing;
using DexFlow.Testing;
using Xunit.Abstractions;

namespace DexFlow.Indexing.Tests;

/// <summary>
/// Tesseract through DexFlow's engine against text whose truth is known. The error rate is measured per piece of
/// true text wherever it was read on the page (see <see cref="TextErrorRate"/>).
/// </summary>
public sealed class OcrAccuracyTests(ITestOutputHelper output) : IDisposable
{
    private readonly OcrEngine _engine = new("eng");

    [Fact]
    public async Task Clean_sample_pages_are_read_with_at_most_5_percent_character_errors()
    {
        var clean = Samples.PageFiles.Where(sample => sample.Level == "clean").ToArray();
        Assert.NotEmpty(clean);
        int errors = 0, characters = 0;
        foreach (var sample in clean)
        {
            // Born-digital PDFs: rendered to 300 dpi images and OCRed, ignoring their text layer.
            using var file = await PageFile.Open(sample.Bytes, new ImagingOptions());
            for (var page = 0; page < file.PageCount; page++)
            {
                using var image = await file.Render(page);
                var (pageErrors, pageCharacters) = TextErrorRate.Measure(sample.Pages[page]!["text"]!.GetValue<string>(), _engine.Recognize(image).Text);
                output.WriteLine($"{sample.File} p{page + 1}: {(double)pageErrors / pageCharacters:P2}");
                Assert.True(pageErrors <= 0.05 * pageCharacters, $"{sample.File} page {page + 1}: {pageErrors} errors in {pageCharacters} characters");
                errors += pageErrors;
                characters += pageCharacters;
            }
        }

        output.WriteLine($"clean pages: {(double)errors / characters:P2} character errors");
    }

    [Fact]
    public async Task Scanned_and_faxed_sample_pages_are_read_well_enough_to_index()
    {
        int errors = 0, characters = 0;
        foreach (var sample in Samples.PageFiles.Where(sample => sample.Level == "light" && !sample.File.EndsWith(".pdf", StringComparison.Ordinal)))
        {
            using var file = await PageFile.Open(sample.Bytes, new ImagingOptions());
            for (var page = 0; page < file.PageCount; page++)
            {
                using var image = await file.Render(page);
                var (pageErrors, pageCharacters) = TextErrorRate.Measure(sample.Pages[page]!["text"]!.GetValue<string>(), _engine.Recognize(image).Text);
                errors += pageErrors;
                characters += pageCharacters;
            }
        }

        output.WriteLine($"lightly degraded scans and faxes: {(double)errors / characters:P2} character errors over {characters} characters");
        Assert.True(characters > 0, "no lightly degraded scan or fax among the samples");
        Assert.True(errors <= 0.08 * characters, $"{errors} errors in {characters} characters");
    }

    [Theory]
    [InlineData("phototest.tif", 0)]
    [InlineData("phototest-rotated-R.png", null)] // Tesseract's own layout analysis reads this one as it lies
    [InlineData("phototest-rotated-L.png", 1)]
    [InlineData("phototest-rotated-180.png", 2)]
    public void A_page_lying_on_its_side_or_upside_down_is_turned_upright_and_read(string name, int? quarterTurns)
    {
        var directory = Path.Combine(SharedData.TestData, "tesseract");
        using var image = PageImage.Decode(File.ReadAllBytes(Path.Combine(directory, name)));

        var result = _engine.Recognize(image);

        var rate = TextErrorRate.Rate(File.ReadAllText(Path.Combine(directory, "phototest.txt")), result.Text);
        output.WriteLine($"{name}: {rate:P2}, turned {result.QuarterTurns}");
        if (quarterTurns is { } turns)
        {
            Assert.Equal(turns, result.QuarterTurns);
        }

        Assert.True(rate <= 0.05, $"{rate:P2} character errors");
    }

    [Fact]
    public void A_scanned_magazine_page_is_read()
    {
        var directory = Path.Combine(SharedData.TestData, "tesseract");
        using var image = PageImage.Decode(File.ReadAllBytes(Path.Combine(directory, "8087_054.3B.tif")));

        var rate = TextErrorRate.Rate(File.ReadAllText(Path.Combine(directory, "8087_054.3B.txt")), _engine.Recognize(image).Text);

        output.WriteLine($"8087_054.3B.tif: {rate:P2}");
        Assert.True(rate <= 0.05, $"{rate:P2} character errors");
    }

    public void Dispose() => _engine.Dispose();
}
