using System.Diagnostics;
using System.Text.Json.Nodes;
using DexFlow.Grains.Imaging;
using DexFlow.Grains.Indexing;
using DexFlow.Testing;
using Xunit.Abstractions;

namespace DexFlow.Indexing.Tests;

public sealed class Probe(ITestOutputHelper output)
{
    [Fact]
    public async Task Measure()
    {
        using var engine = new OcrEngine("eng");
        var options = new ImagingOptions();
        foreach (var truthFile in Directory.GetFiles(SharedData.Samples, "s0*.truth.json").Order())
        {
            var truth = JsonNode.Parse(File.ReadAllText(truthFile))!;
            var file = Path.Combine(SharedData.Samples, truth["file"]!.GetValue<string>());
            if (file.EndsWith(".eml")) continue;
            using var pages = await PageFile.Open(File.ReadAllBytes(file), options);
            for (var page = 0; page < pages.PageCount; page++)
            {
                var watch = Stopwatch.StartNew();
                using var image = await pages.Render(page);
                var render = watch.ElapsedMilliseconds;
                var barcodes = BarcodeScanner.Scan(image);
                var bc = watch.ElapsedMilliseconds - render;
                var layer = await pages.TextLayer(page);
                var ocr = layer is null ? engine.Recognize(image) : null;
                var expected = truth["pages"]![page]!["text"]!.GetValue<string>();
                var got = layer ?? ocr!.Text;
                var cer = Cer(expected, got);
                var expectedCodes = string.Join(",", truth["pages"]![page]!["barcodes"]!.AsArray().Select(b => b!["text"]!.GetValue<string>()));
                output.WriteLine($"{Path.GetFileName(file)} p{page + 1} {truth["degradation_level"]} {image.Width}x{image.Height} render {render} ms barcodes {bc} ms total {watch.ElapsedMilliseconds} ms conf {ocr?.MeanConfidence} turns {ocr?.QuarterTurns} CER {cer:P1} codes [{string.Join(",", barcodes.Select(b => b.Text))}] expected [{expectedCodes}]");
            }
        }
    }

    private static double Cer(string expected, string actual)
    {
        static string Norm(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var a = Norm(expected); var b = Norm(actual);
        var d = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) d[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var prev = d[0]; d[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var temp = d[j];
                d[j] = Math.Min(Math.Min(d[j] + 1, d[j - 1] + 1), prev + (a[i - 1] == b[j - 1] ? 0 : 1));
                prev = temp;
            }
        }
        return a.Length == 0 ? 0 : (double)d[b.Length] / a.Length;
    }
}
