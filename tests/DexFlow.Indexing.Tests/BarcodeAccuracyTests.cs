using DexFlow.Grains.Imaging;
using DexFlow.Grains.Indexing;
using DexFlow.Testing;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace DexFlow.Indexing.Tests;

/// <summary>The barcode reader against the sample documents and ZXing's own black-box images.</summary>
public sealed class BarcodeAccuracyTests(ITestOutputHelper output)
{
    // The reader reads all 89 today; one miss is allowed before the test fails (issue 16 asks for 99 %).
    private const double HarderSetFloor = 0.98;

    private static readonly string[] CoveredFolders = ["code128-1", "code128-2", "code128-3", "qrcode-1", "qrcode-2", "datamatrix-1", "datamatrix-2", "ean13-1", "inverted"];

    /// <summary>
    /// Measured through the page reader the silo runs: it decides from the page's own text (not from the truth) whether
    /// to look a second time for a DexFlow code the first pass missed.
    /// </summary>
    [Fact]
    public async Task At_least_95_percent_of_the_sample_barcodes_are_read_and_no_DexFlow_code_is_invented()
    {
        var imaging = Options.Create(new ImagingOptions());
        using var workers = new ImagingWorkers(imaging);
        var reader = new PageReader(workers, imaging, Options.Create(new BarcodeConventions()));
        int expected = 0, read = 0;
        var missed = new List<string>();
        var invented = new List<string>();
        foreach (var sample in Samples.PageFiles)
        {
            using var file = await reader.Open(sample.Bytes);
            for (var page = 0; page < file.PageCount; page++)
            {
                var found = (await reader.Read(file, page)).Reading.Barcodes.Select(code => code.Text).ToHashSet();
                var truth = sample.Pages[page]!["barcodes"]!.AsArray().Select(code => code!["text"]!.GetValue<string>()).ToArray();
                expected += truth.Length;
                read += truth.Count(found.Contains);
                missed.AddRange(truth.Where(text => !found.Contains(text)).Select(text => $"{sample.File} p{page + 1} {text}"));
                invented.AddRange(found.Where(text => text.StartsWith("DXF-", StringComparison.Ordinal) && !truth.Contains(text)));
            }
        }

        output.WriteLine($"read {read} of {expected} sample barcodes; missed: {string.Join("; ", missed)}");
        Assert.True(expected > 0, "no sample page carries a barcode");
        Assert.True(read >= 0.95 * expected, $"read {read} of {expected}; missed {string.Join("; ", missed)}");
        Assert.Empty(invented);
    }

    /// <summary>
    /// The harder set's codes that its truth says a reference decoder reads (damaged ones too), per symbology, through
    /// the page reader the silo runs; and never a DexFlow code that is not there.
    /// </summary>
    [Fact]
    public async Task The_harder_sets_decodable_barcodes_are_read_and_no_DexFlow_code_is_invented()
    {
        var imaging = Options.Create(new ImagingOptions());
        using var workers = new ImagingWorkers(imaging);
        var reader = new PageReader(workers, imaging, Options.Create(new BarcodeConventions()));
        var counts = new Dictionary<string, (int Expected, int Read)>();
        var missed = new List<string>();
        var invented = new List<string>();
        foreach (var sample in Samples.HardPageFiles)
        {
            var truth = sample.Truth["barcodes"]?.AsArray() ?? [];
            using var file = await reader.Open(sample.Bytes);
            for (var page = 0; page < file.PageCount; page++)
            {
                var found = (await reader.Read(file, page)).Reading.Barcodes.Select(code => code.Text).ToHashSet();
                var onPage = truth.Where(code => code!["page"]!.GetValue<int>() == page + 1).ToArray();
                foreach (var code in onPage.Where(code => code!["expected_decodable"]!.GetValue<bool>()))
                {
                    var (format, text) = (code!["format"]!.GetValue<string>(), code["text"]!.GetValue<string>());
                    var (expected, read) = counts.GetValueOrDefault(format);
                    counts[format] = (expected + 1, read + (found.Contains(text) ? 1 : 0));
                    if (!found.Contains(text))
                    {
                        missed.Add($"{sample.File} p{page + 1} {format} {text} ({code["damage"]})");
                    }
                }

                var there = onPage.Select(code => code!["text"]!.GetValue<string>()).ToHashSet();
                invented.AddRange(found.Where(text => text.StartsWith("DXF-", StringComparison.Ordinal) && !there.Contains(text)).Select(text => $"{sample.File} p{page + 1} {text}"));
            }
        }

        var total = (Expected: counts.Values.Sum(count => count.Expected), Read: counts.Values.Sum(count => count.Read));
        output.WriteLine($"read {total.Read} of {total.Expected}: {string.Join(", ", counts.OrderBy(count => count.Key).Select(count => $"{count.Key} {count.Value.Read}/{count.Value.Expected}"))}");
        output.WriteLine($"missed: {string.Join("; ", missed)}");
        Assert.True(total.Expected > 80, "the harder set's truth names its decodable codes");
        Assert.True(total.Read >= HarderSetFloor * total.Expected, $"read {total.Read} of {total.Expected}; missed {string.Join("; ", missed)}");
        Assert.Empty(invented);
    }

    [Fact]
    public void At_least_90_percent_of_the_ZXing_black_box_images_of_the_supported_formats_decode()
    {
        int images = 0, decoded = 0;
        var failures = new List<string>();
        foreach (var folder in CoveredFolders)
        {
            var directory = Path.Combine(SharedData.TestData, "zxing-blackbox", folder);
            foreach (var path in SharedData.Files(directory, "*").Where(path => path.EndsWith(".png") || path.EndsWith(".jpg") || path.EndsWith(".gif")))
            {
                var expectedPath = Path.ChangeExtension(path, ".txt");
                if (!File.Exists(expectedPath))
                {
                    continue;
                }

                images++;
                var expected = File.ReadAllText(expectedPath);
                if (Decodes(File.ReadAllBytes(path), expected))
                {
                    decoded++;
                }
                else
                {
                    failures.Add($"{folder}/{Path.GetFileName(path)}");
                }
            }
        }

        output.WriteLine($"decoded {decoded} of {images} black-box images; failed: {string.Join(", ", failures)}");
        Assert.True(images > 0, "no black-box image with its expected text");
        Assert.True(decoded >= 0.9 * images, $"decoded {decoded} of {images}; failed: {string.Join(", ", failures)}");
    }

    [Fact]
    public void A_DataMatrix_with_more_errors_than_it_can_correct_is_not_read_as_its_text()
    {
        var directory = Path.Combine(SharedData.TestData, "zxing-blackbox", "datamatrix-1");
        var broken = SharedData.Files(directory, "*.png.error").Single();
        var expected = File.ReadAllText(Path.Combine(directory, Path.GetFileName(broken).Replace(".png.error", ".txt", StringComparison.Ordinal)));

        Assert.False(Decodes(File.ReadAllBytes(broken), expected));
    }

    private static bool Decodes(byte[] data, string expected)
    {
        using var image = PageImage.Decode(data);
        return BarcodeScanner.Scan(image).Concat(BarcodeScanner.ScanThoroughly(image)).Any(code => code.Text == expected);
    }
}
