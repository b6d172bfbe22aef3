using System.Runtime.InteropServices;
using DexFlow.Grains.Imaging.Native;

namespace DexFlow.Grains.Imaging;

/// <summary>
/// One decoded page in native memory (a Leptonica <c>Pix</c>), owned by this object and freed on dispose. Every
/// transformation returns a new image; the caller disposes both.
/// </summary>
public sealed class PageImage : IDisposable
{
    private IntPtr _pix;

    private PageImage(IntPtr pix) => _pix = pix;

    internal IntPtr Handle => _pix != IntPtr.Zero ? _pix : throw new ObjectDisposedException(nameof(PageImage));

    public int Width => Leptonica.GetWidth(Handle);

    public int Height => Leptonica.GetHeight(Handle);

    public int Depth => Leptonica.GetDepth(Handle);

    /// <summary>Horizontal resolution in dpi as the file states it (0 when it does not).</summary>
    public int Dpi => Leptonica.GetXRes(Handle);

    public long Pixels => (long)Width * Height;

    static PageImage() => Leptonica.SetMessageSeverity(6); // L_SEVERITY_NONE: errors surface as exceptions here

    internal static PageImage Take(IntPtr pix, string operation) =>
        pix != IntPtr.Zero ? new PageImage(pix) : throw new InvalidImageException($"the image could not be {operation}");

    /// <summary>Decodes a PNG, JPEG, TIFF (first page) or other Leptonica-readable image.</summary>
    public static PageImage Decode(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            throw new InvalidImageException("the file is empty");
        }

        return Take(Leptonica.ReadMem(ref MemoryMarshal.GetReference(data), (nuint)data.Length), "decoded (it is damaged or not an image)");
    }

    /// <summary>Decodes page <paramref name="page"/> (0-based) of a TIFF, including CCITT G3/G4 fax pages.</summary>
    public static PageImage DecodeTiffPage(ReadOnlySpan<byte> data, int page) =>
        Take(Leptonica.ReadMemTiff(ref MemoryMarshal.GetReference(data), (nuint)data.Length, page), $"decoded (TIFF page {page + 1} is damaged)");

    public PageImage ToGray() => Take(Leptonica.ConvertTo8(Handle, 0), "converted to gray");

    public PageImage Rotate(int quarterTurnsClockwise) =>
        Take(Leptonica.RotateOrth(Handle, ((quarterTurnsClockwise % 4) + 4) % 4), "rotated");

    public PageImage Mirror() => Take(Leptonica.FlipLeftRight(IntPtr.Zero, Handle), "mirrored");

    public PageImage Scale(double factor) => Take(Leptonica.Scale(Handle, (float)factor, (float)factor), "scaled");

    public PageImage Deskew() => Take(Leptonica.Deskew(Handle, 0), "deskewed");

    /// <summary>
    /// The image with square pixels, or null when its pixels are square already. A standard-resolution fax is 204 by
    /// 98 dpi: read as it is, its text and codes are squashed to half their height, and 2D codes cannot be sampled.
    /// </summary>
    public PageImage? WithSquarePixels()
    {
        int horizontal = Leptonica.GetXRes(Handle), vertical = Leptonica.GetYRes(Handle);
        // Faxes differ by a factor of two at most; a wilder claim in a header is not followed into a huge image.
        if (horizontal <= 0 || vertical <= 0 || Math.Abs(horizontal - vertical) <= horizontal / 10 || horizontal > 3 * vertical || vertical > 3 * horizontal)
        {
            return null;
        }

        var square = Take(Leptonica.Scale(Handle, 1, (float)horizontal / vertical), "stretched to square pixels");
        Leptonica.SetResolution(square.Handle, horizontal, horizontal);
        return square;
    }

    /// <summary>A 3×3 median filter on an 8-bit image: removes salt-and-pepper noise that hides barcodes.</summary>
    public PageImage Denoise() => Take(Leptonica.MedianFilter(Handle, 1, 1), "filtered");

    /// <summary>
    /// An 8-bit image with its contrast stretched tile by tile: faint ink on gray paper, or a page lit unevenly, becomes
    /// dark on light everywhere. Tiles with less than a little contrast (blank paper) are left as they are.
    /// </summary>
    public PageImage NormaliseContrast() => Take(Leptonica.ContrastNorm(IntPtr.Zero, Handle, 20, 20, 30, 2, 2), "normalised");

    public void SetDpi(int dpi) => Leptonica.SetResolution(Handle, dpi, dpi);

    /// <summary>The pixels of an 8-bit image, one byte per pixel, row after row.</summary>
    public byte[] GrayBytes()
    {
        if (Depth != 8)
        {
            throw new InvalidOperationException("GrayBytes needs an 8-bit image; call ToGray first.");
        }

        int width = Width, height = Height, wordsPerLine = Leptonica.GetWordsPerLine(Handle);
        var data = Leptonica.GetData(Handle);
        var pixels = new byte[width * height];
        var line = new byte[wordsPerLine * 4];
        for (var y = 0; y < height; y++)
        {
            Marshal.Copy(data + y * wordsPerLine * 4, line, 0, line.Length);
            for (var x = 0; x < width; x++)
            {
                // Leptonica keeps pixels in 32-bit words, most significant byte first.
                pixels[y * width + x] = line[BitConverter.IsLittleEndian ? x ^ 3 : x];
            }
        }

        return pixels;
    }

    public byte[] ToPng()
    {
        if (Leptonica.WriteMem(out var data, out var size, Handle, Leptonica.FormatPng) != 0 || data == IntPtr.Zero)
        {
            throw new InvalidImageException("the page could not be encoded as PNG");
        }

        try
        {
            var png = new byte[(int)size];
            Marshal.Copy(data, png, 0, png.Length);
            return png;
        }
        finally
        {
            Leptonica.Free(data);
        }
    }

    public void Dispose()
    {
        if (_pix != IntPtr.Zero)
        {
            Leptonica.Destroy(ref _pix);
        }
    }
}
