using DexFlow.Contracts.Documents;
using DexFlow.Grains.Imaging;
using ZXing;
using ZXing.Common;

namespace DexFlow.Grains.Indexing;

/// <summary>
/// Finds the barcodes on a page with ZXing (Code 128, QR, DataMatrix, EAN-13/UPC-A, PDF417), trying hard and in
/// every orientation. <see cref="Scan"/> reads the whole page, and reads product codes again at a lower resolution,
/// where the 1D reader separates codes standing side by side. <see cref="ScanThoroughly"/> is for pages whose text
/// shows a code that was missed: small 2D symbols among text are found tile by tile (the detector searches from the
/// centre of what it is given and text distracts it), on the page as scanned, straightened (the DataMatrix detector
/// gives up on a symbol a few degrees askew) and straightened and enlarged (a fax's or a 200 dpi scan's modules are
/// too few pixels to sample); and noise is filtered away.
/// </summary>
public static class BarcodeScanner
{
    private const int Tile = 256;
    private const int TileStride = 96;
    private const double ProductCodeRescale = 0.75;
    private const double SmallModuleRescale = 1.5;

    private static readonly BarcodeFormat[] AllFormats =
        [BarcodeFormat.CODE_128, BarcodeFormat.QR_CODE, BarcodeFormat.DATA_MATRIX, BarcodeFormat.EAN_13, BarcodeFormat.UPC_A, BarcodeFormat.PDF_417];

    static BarcodeScanner()
    {
        // QR codes carry text in Shift_JIS and other legacy code pages, which .NET leaves out unless asked for.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
    }

    private static readonly BarcodeFormat[] ProductCodes = [BarcodeFormat.EAN_13, BarcodeFormat.UPC_A];
    private static readonly BarcodeFormat[] MatrixCodes = [BarcodeFormat.DATA_MATRIX];

    public static IReadOnlyList<Barcode> Scan(PageImage page)
    {
        using var gray = page.ToGray();
        var found = new List<Barcode>(Decode(gray.GrayBytes(), gray.Width, gray.Height, AllFormats, tryHarder: true, autoRotate: true));
        if (found.Any(code => code.Format is nameof(BarcodeFormat.EAN_13) or nameof(BarcodeFormat.UPC_A)))
        {
            using var smaller = gray.Scale(ProductCodeRescale);
            found.AddRange(Decode(smaller.GrayBytes(), smaller.Width, smaller.Height, ProductCodes, tryHarder: true, autoRotate: true));
        }

        return found.Distinct().ToArray();
    }

    public static IReadOnlyList<Barcode> ScanThoroughly(PageImage page)
    {
        using var gray = page.ToGray();
        using var denoised = gray.Denoise();
        var pixels = gray.GrayBytes();
        using var half = gray.Scale(0.5);
        using var straight = gray.Deskew();
        using var larger = straight.Scale(SmallModuleRescale);
        return Tiles(pixels, gray.Width, gray.Height)
            .Concat(Decode(denoised.GrayBytes(), denoised.Width, denoised.Height, AllFormats, tryHarder: true, autoRotate: true))
            .Concat(DecodeOne(pixels, gray.Width, gray.Height))
            .Concat(DecodeOne(half.GrayBytes(), half.Width, half.Height))
            .Concat(Tiles(straight.GrayBytes(), straight.Width, straight.Height))
            .Concat(Tiles(larger.GrayBytes(), larger.Width, larger.Height))
            .Distinct()
            .ToArray();
    }

    private static IEnumerable<Barcode> Tiles(byte[] pixels, int width, int height)
    {
        var tile = new byte[Tile * Tile];
        for (var top = 0; top < height; top += TileStride)
        {
            for (var left = 0; left < width; left += TileStride)
            {
                int w = Math.Min(Tile, width - left), h = Math.Min(Tile, height - top);
                if (w < Tile / 4 || h < Tile / 4)
                {
                    continue;
                }

                for (var row = 0; row < h; row++)
                {
                    Array.Copy(pixels, (top + row) * width + left, tile, row * w, w);
                }

                foreach (var code in Decode(tile, w, h, MatrixCodes, tryHarder: true, autoRotate: false))
                {
                    yield return code;
                }
            }
        }
    }

    /// <summary>The single-symbol reader, with inverted (light on dark) symbols too: it finds symbols the multi-symbol search passes over.</summary>
    private static IEnumerable<Barcode> DecodeOne(byte[] pixels, int width, int height)
    {
        var reader = new BarcodeReaderGeneric
        {
            AutoRotate = true,
            Options = new DecodingOptions { TryHarder = true, TryInverted = true, PossibleFormats = AllFormats },
        };
        var result = reader.Decode(new RGBLuminanceSource(pixels, width, height, RGBLuminanceSource.BitmapFormat.Gray8));
        return string.IsNullOrEmpty(result?.Text) ? [] : [new Barcode(result.BarcodeFormat.ToString(), result.Text)];
    }

    private static IEnumerable<Barcode> Decode(byte[] pixels, int width, int height, BarcodeFormat[] formats, bool tryHarder, bool autoRotate)
    {
        var reader = new BarcodeReaderGeneric
        {
            AutoRotate = autoRotate,
            Options = new DecodingOptions { TryHarder = tryHarder, PossibleFormats = formats },
        };
        var results = reader.DecodeMultiple(new RGBLuminanceSource(pixels, width, height, RGBLuminanceSource.BitmapFormat.Gray8)) ?? [];
        return results
            .Where(result => !string.IsNullOrEmpty(result.Text))
            .Select(result => new Barcode(result.BarcodeFormat.ToString(), result.Text));
    }
}
