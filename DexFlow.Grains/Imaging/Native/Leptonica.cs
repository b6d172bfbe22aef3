using System.Runtime.InteropServices;

namespace DexFlow.Grains.Imaging.Native;

/// <summary>The few Leptonica functions DexFlow uses (Debian's <c>liblept5</c>), which decode PNG, JPEG and TIFF (G3/G4 too).</summary>
internal static partial class Leptonica
{
    private const string Library = "liblept.so.5";

    public const int FormatPng = 3;

    [LibraryImport(Library, EntryPoint = "pixReadMem")]
    public static partial IntPtr ReadMem(ref byte data, nuint size);

    [LibraryImport(Library, EntryPoint = "pixReadMemTiff")]
    public static partial IntPtr ReadMemTiff(ref byte data, nuint size, int page);

    [LibraryImport(Library, EntryPoint = "pixReadHeaderMem")]
    public static partial int ReadHeaderMem(ref byte data, nuint size, out int format, out int width, out int height, out int bitsPerSample, out int samplesPerPixel, out int hasColormap);

    [LibraryImport(Library, EntryPoint = "pixDestroy")]
    public static partial void Destroy(ref IntPtr pix);

    [LibraryImport(Library, EntryPoint = "pixGetWidth")]
    public static partial int GetWidth(IntPtr pix);

    [LibraryImport(Library, EntryPoint = "pixGetHeight")]
    public static partial int GetHeight(IntPtr pix);

    [LibraryImport(Library, EntryPoint = "pixGetDepth")]
    public static partial int GetDepth(IntPtr pix);

    [LibraryImport(Library, EntryPoint = "pixGetXRes")]
    public static partial int GetXRes(IntPtr pix);

    [LibraryImport(Library, EntryPoint = "pixGetYRes")]
    public static partial int GetYRes(IntPtr pix);

    [LibraryImport(Library, EntryPoint = "pixSetResolution")]
    public static partial int SetResolution(IntPtr pix, int xres, int yres);

    [LibraryImport(Library, EntryPoint = "pixGetData")]
    public static partial IntPtr GetData(IntPtr pix);

    [LibraryImport(Library, EntryPoint = "pixGetWpl")]
    public static partial int GetWordsPerLine(IntPtr pix);

    /// <summary>Converts any depth to 8-bit gray (colormaps removed).</summary>
    [LibraryImport(Library, EntryPoint = "pixConvertTo8")]
    public static partial IntPtr ConvertTo8(IntPtr pix, int colormapFlag);

    [LibraryImport(Library, EntryPoint = "pixRotateOrth")]
    public static partial IntPtr RotateOrth(IntPtr pix, int quarterTurns);

    [LibraryImport(Library, EntryPoint = "pixFlipLR")]
    public static partial IntPtr FlipLeftRight(IntPtr destination, IntPtr pix);

    [LibraryImport(Library, EntryPoint = "pixScale")]
    public static partial IntPtr Scale(IntPtr pix, float scaleX, float scaleY);

    /// <summary>Straightens a slightly skewed page (searching ±7°); returns a copy when no skew is found.</summary>
    [LibraryImport(Library, EntryPoint = "pixDeskew")]
    public static partial IntPtr Deskew(IntPtr pix, int reductionForSearch);

    [LibraryImport(Library, EntryPoint = "pixContrastNorm")]
    public static partial IntPtr ContrastNorm(IntPtr destination, IntPtr pix, int tileWidth, int tileHeight, int minDifference, int smoothX, int smoothY);

    [LibraryImport(Library, EntryPoint = "pixMedianFilter")]
    public static partial IntPtr MedianFilter(IntPtr pix, int halfWidth, int halfHeight);

    [LibraryImport(Library, EntryPoint = "pixWriteMem")]
    public static partial int WriteMem(out IntPtr data, out nuint size, IntPtr pix, int format);

    [LibraryImport(Library, EntryPoint = "lept_free")]
    public static partial void Free(IntPtr pointer);

    /// <summary>Leptonica reports errors on stderr by default; DexFlow reports them itself.</summary>
    [LibraryImport(Library, EntryPoint = "setMsgSeverity")]
    public static partial int SetMessageSeverity(int severity);
}
