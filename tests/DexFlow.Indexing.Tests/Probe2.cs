using System.Diagnostics;
using System.Text.Json.Nodes;
using DexFlow.Grains.Imaging;
using DexFlow.Grains.Indexing;
using DexFlow.Testing;
using Xunit.Abstractions;

namespace DexFlow.Indexing.Tests;

public sealed class Probe2(ITestOutputHelper output)
{
    [Fact]
    public async Task Barcodes()
    {
        var options = new ImagingOptions();
        int expected = 0, found = 0; long ms = 0; var missed = new List<string>(); var extra = new List<string>();
        foreach (var truthFile in Directory.GetFiles(SharedData.Samples, "s0*.truth.json").Order())
        {
            var truth = JsonNode.Parse(File.ReadAllText(truthFile))!;
            var file = Path.Combine(SharedData.Samples, truth["file"]!.GetValue<string>());
            if (file.EndsWith(".eml")) continue;
            using var pages = await PageFile.Open(File.ReadAllBytes(file), options);
            for (var page = 0; page < pages.PageCount; page++)
            {
                using var image = await pages.Render(page);
                var watch = Stopwatch.StartNew();
                var texts = BarcodeScanner.Scan(image).Select(r => r.Text).ToHashSet();
                ms += watch.ElapsedMilliseconds;
                var want = truth["pages"]![page]!["barcodes"]!.AsArray().Select(b => b!["text"]!.GetValue<string>()).ToList();
                expected += want.Count; found += want.Count(texts.Contains);
                missed.AddRange(want.Where(w => !texts.Contains(w)).Select(w => $"{Path.GetFileName(file)}:{w}"));
                extra.AddRange(texts.Where(t => !want.Contains(t)).Select(w => $"{Path.GetFileName(file)}:{w}"));
            }
        }
        output.WriteLine($"{found}/{expected} found, {ms} ms; missed {string.Join(" ", missed)}; extra {string.Join(" ", extra)}");
    }
}
