using System.Collections.Immutable;
using DexFlow.Contracts.Documents;

namespace DexFlow.Grains.Imaging;

/// <summary>
/// A stored file opened for reading pages: what it really is (sniffed, not trusted from its name), how many pages it
/// has, and each page as an image ready for OCR and barcodes, within the configured pixel limits. PDFs are read
/// through a private temporary copy, deleted on dispose.
/// </summary>
public sealed class PageFile : IDisposable
{
    private readonly byte[] _data;
    private readonly ImagingOptions _options;
    private readonly string? _pdfPath;
    private readonly IReadOnlyList<TiffStructure.PageSize>? _tiffPages;
    private readonly PdfTools.PdfInfo? _pdf;

    private PageFile(byte[] data, string mediaType, ImagingOptions options, string? pdfPath, PdfTools.PdfInfo? pdf, IReadOnlyList<TiffStructure.PageSize>? tiffPages, int pages)
    {
        _data = data;
        _options = options;
        _pdfPath = pdfPath;
        _pdf = pdf;
        _tiffPages = tiffPages;
        MediaType = mediaType;
        PageCount = pages;
    }

    public string MediaType { get; }

    public int PageCount { get; }

    public bool IsPdf => _pdfPath is not null;

    /// <summary>Opens the file; throws <see cref="InvalidImageException"/> saying why when it cannot be read as pages.</summary>
    public static async Task<PageFile> Open(byte[] data, ImagingOptions options, CancellationToken cancellationToken = default)
    {
        if (data.Length == 0)
        {
            throw new InvalidImageException("the file is empty");
        }

        var mediaType = ImageSniffer.MediaType(data.AsSpan(0, Math.Min(data.Length, 2048)));
        switch (mediaType)
        {
            case ImageSniffer.Pdf:
                var directory = Directory.CreateTempSubdirectory("dexflow-pdf-");
                var path = Path.Combine(directory.FullName, "document.pdf");
                try
                {
                    await File.WriteAllBytesAsync(path, data, cancellationToken);
                    var info = await PdfTools.Info(path, cancellationToken);
                    return new PageFile(data, mediaType, options, path, info, null, info.Pages);
                }
                catch
                {
                    directory.Delete(recursive: true);
                    throw;
                }

            case ImageSniffer.Tiff:
                var pages = TiffStructure.Pages(data);
                foreach (var page in pages)
                {
                    CheckSize(page.Width, page.Height, options);
                }

                return new PageFile(data, mediaType, options, null, null, pages, pages.Count);

            case var image when ImageSniffer.IsImage(image):
                CheckHeader(data, options);
                return new PageFile(data, mediaType, options, null, null, null, 1);

            default:
                throw new InvalidImageException("the file is neither a PDF nor an image DexFlow can read");
        }
    }

    /// <summary>The page's text layer (PDFs only); null for images and for image-only PDF pages.</summary>
    public async Task<string?> TextLayer(int page, CancellationToken cancellationToken = default)
    {
        if (_pdfPath is null)
        {
            return null;
        }

        var text = await PdfTools.Text(_pdfPath, page, cancellationToken);
        return text.Count(char.IsLetterOrDigit) >= 20 ? text : null;
    }

    /// <summary>The words of the page's text layer with their boxes (PDFs only; empty otherwise).</summary>
    public async Task<ImmutableArray<WordBox>> TextLayerWords(int page, CancellationToken cancellationToken = default) =>
        _pdfPath is null ? [] : await PdfTools.Words(_pdfPath, page, cancellationToken);

    /// <summary>Page <paramref name="page"/> (0-based), upright, scaled down when it exceeds the processing size.</summary>
    public async Task<PageImage> Render(int page, CancellationToken cancellationToken = default)
    {
        if (page < 0 || page >= PageCount)
        {
            throw new ArgumentOutOfRangeException(nameof(page));
        }

        PageImage decoded;
        if (_pdfPath is not null)
        {
            decoded = await PdfTools.Render(_pdfPath, page, PdfDpi(page), cancellationToken);
        }
        else if (_tiffPages is not null)
        {
            decoded = PageImage.DecodeTiffPage(_data, page);
        }
        else
        {
            using var raw = PageImage.Decode(_data);
            decoded = MediaType == ImageSniffer.Jpeg ? ExifOrientation.Apply(raw, ExifOrientation.Read(_data)) : raw.Rotate(0);
        }

        if (decoded.WithSquarePixels() is { } square)
        {
            decoded.Dispose();
            decoded = square;
        }

        if (decoded.Pixels <= _options.ProcessingPixels)
        {
            return decoded;
        }

        using (decoded)
        {
            var scaled = decoded.Scale(Math.Sqrt((double)_options.ProcessingPixels / decoded.Pixels));
            scaled.SetDpi((int)(decoded.Dpi * Math.Sqrt((double)_options.ProcessingPixels / decoded.Pixels)));
            return scaled;
        }
    }

    private int PdfDpi(int page)
    {
        if (_pdf is null || page >= _pdf.PageSizes.Count)
        {
            return _options.PdfDpi;
        }

        // A large-format page (a poster) is rendered at a lower resolution so that it stays within the pixel limit.
        var (width, height) = _pdf.PageSizes[page];
        var squareInches = width / 72 * (height / 72);
        var fitting = (int)Math.Sqrt(_options.ProcessingPixels / Math.Max(squareInches, 1));
        return Math.Clamp(Math.Min(_options.PdfDpi, fitting), 50, _options.PdfDpi);
    }

    private static void CheckHeader(byte[] data, ImagingOptions options)
    {
        if (Native.Leptonica.ReadHeaderMem(ref data[0], (nuint)data.Length, out _, out var width, out var height, out _, out _, out _) != 0)
        {
            throw new InvalidImageException("the image header is damaged");
        }

        CheckSize(width, height, options);
    }

    private static void CheckSize(long width, long height, ImagingOptions options)
    {
        if (width <= 0 || height <= 0 || width * height > options.MaxPagePixels)
        {
            throw new InvalidImageException(
                $"the page is {width} x {height} pixels, beyond the limit of {options.MaxPagePixels / 1_000_000} million pixels");
        }
    }

    public void Dispose()
    {
        if (_pdfPath is not null)
        {
            Directory.Delete(Path.GetDirectoryName(_pdfPath)!, recursive: true);
        }
    }
}
