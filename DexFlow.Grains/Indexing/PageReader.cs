using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Validation;
using DexFlow.Grains.Imaging;
using Microsoft.Extensions.Options;

namespace DexFlow.Grains.Indexing;

/// <summary>
/// Reads one page of a stored file: renders it, finds its barcodes, takes the PDF text layer or runs OCR, and when
/// the text shows a DexFlow code the first barcode pass missed, looks again harder. Control pages (separator and
/// cover sheets) are not OCRed. The heavy work runs on the silo's <see cref="ImagingWorkers"/>.
/// </summary>
public sealed partial class PageReader(ImagingWorkers workers, IOptions<ImagingOptions> imaging, IOptions<BarcodeConventions> conventions)
{
    public async Task<PageResult> Read(PageFile file, int page, CancellationToken cancellationToken = default)
    {
        using var image = await file.Render(page, cancellationToken);
        var layer = await file.TextLayer(page, cancellationToken);
        var layerWords = layer is null ? [] : await file.TextLayerWords(page, cancellationToken);
        var codes = conventions.Value;
        return await workers.Run(engine =>
        {
            var barcodes = BarcodeScanner.Scan(image).ToList();
            if (codes.IsControl(barcodes))
            {
                var label = SafeText.Clean(layer ?? "");
                return new PageResult(new PageReading([.. barcodes], TextSource.None, 100, 0, 0, 0, label.Length), label, []);
            }

            var ocr = layer is null ? ReadText(engine, image) : null;
            // As it is stored: a text column takes no control characters but line breaks and tabs.
            var text = SafeText.Clean(layer ?? ocr!.Text);
            if (MentionsMissingCode(text, barcodes, codes))
            {
                barcodes.AddRange(BarcodeScanner.ScanThoroughly(image).Except(barcodes));
            }

            return ocr is null
                ? new PageResult(new PageReading([.. barcodes], TextSource.TextLayer, 100, WordCount(text), 0, 0, text.Length), text, layerWords)
                : new PageResult(new PageReading([.. barcodes], TextSource.Ocr, ocr.MeanConfidence, ocr.Words, ocr.UncertainWords, ocr.QuarterTurns, text.Length),
                    text, ocr.Boxes);
        }, cancellationToken);
    }

    /// <summary>
    /// OCR, and for a gray page read with little confidence a second reading of it with its contrast normalised: the
    /// reading with more confident words wins, so a page OCR already reads well is never made worse.
    /// </summary>
    private OcrResult ReadText(OcrEngine engine, PageImage image)
    {
        var first = engine.Recognize(image);
        if (first.MeanConfidence >= imaging.Value.ReadAgainBelowConfidence || image.Depth < 8)
        {
            return first;
        }

        using var gray = image.ToGray();
        using var normalised = gray.NormaliseContrast();
        var second = engine.Recognize(normalised);
        return second.Words - second.UncertainWords > first.Words - first.UncertainWords ? second : first;
    }

    public Task<PageFile> Open(byte[] data, CancellationToken cancellationToken = default) =>
        PageFile.Open(data, imaging.Value, cancellationToken);

    /// <summary>A page image for people to look at, at most <paramref name="maxWidth"/> pixels wide, as PNG.</summary>
    public async Task<byte[]> Picture(PageFile file, int page, int maxWidth, CancellationToken cancellationToken = default)
    {
        using var image = await file.Render(page, cancellationToken);
        return await workers.Run(_ =>
        {
            using var gray = image.ToGray();
            if (gray.Width <= maxWidth)
            {
                return gray.ToPng();
            }

            using var small = gray.Scale((double)maxWidth / gray.Width);
            return small.ToPng();
        }, cancellationToken);
    }

    // A page that prints a DexFlow code's text, or an order number (every document with an order code prints its
    // number too), but none of whose codes was read, is looked at again: the scanner never reports a code that is not there.
    private static bool MentionsMissingCode(string text, List<Barcode> found, BarcodeConventions codes) =>
        (text.Contains(codes.Family, StringComparison.OrdinalIgnoreCase) || OrderNumber().IsMatch(text)) && !found.Any(codes.IsOwn);

    private static int WordCount(string text) => Words().Count(text);

    [GeneratedRegex(@"\b20\d{2}-\d{6}\b")]
    private static partial Regex OrderNumber();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();
}
