using System.Runtime.InteropServices;

namespace DexFlow.Grains.Imaging.Native;

/// <summary>The Tesseract C API (Debian's <c>libtesseract5</c>, header <c>tesseract/capi.h</c>).</summary>
internal static partial class Tesseract
{
    private const string Library = "libtesseract.so.5";

    public const int PageSegAutoOsd = 1;
    public const int PageSegAuto = 3;
    public const int PageSegSingleBlock = 6;

    [LibraryImport(Library, EntryPoint = "TessBaseAPICreate")]
    public static partial IntPtr Create();

    [LibraryImport(Library, EntryPoint = "TessBaseAPIDelete")]
    public static partial void Delete(IntPtr handle);

    [LibraryImport(Library, EntryPoint = "TessBaseAPIInit3", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Init(IntPtr handle, string? dataPath, string language);

    [LibraryImport(Library, EntryPoint = "TessBaseAPISetVariable", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int SetVariable(IntPtr handle, string name, string value);

    [LibraryImport(Library, EntryPoint = "TessBaseAPISetPageSegMode")]
    public static partial void SetPageSegMode(IntPtr handle, int mode);

    [LibraryImport(Library, EntryPoint = "TessBaseAPISetImage2")]
    public static partial void SetImage(IntPtr handle, IntPtr pix);

    [LibraryImport(Library, EntryPoint = "TessBaseAPISetSourceResolution")]
    public static partial void SetSourceResolution(IntPtr handle, int ppi);

    [LibraryImport(Library, EntryPoint = "TessBaseAPIRecognize")]
    public static partial int Recognize(IntPtr handle, IntPtr monitor);

    [LibraryImport(Library, EntryPoint = "TessBaseAPIGetUTF8Text")]
    public static partial IntPtr GetUtf8Text(IntPtr handle);

    [LibraryImport(Library, EntryPoint = "TessBaseAPIGetTsvText")]
    public static partial IntPtr GetTsvText(IntPtr handle, int pageNumber);

    [LibraryImport(Library, EntryPoint = "TessBaseAPIMeanTextConf")]
    public static partial int MeanTextConfidence(IntPtr handle);

    [LibraryImport(Library, EntryPoint = "TessBaseAPIDetectOrientationScript")]
    public static partial int DetectOrientationScript(IntPtr handle, out int orientationDegrees, out float orientationConfidence, out IntPtr scriptName, out float scriptConfidence);

    [LibraryImport(Library, EntryPoint = "TessBaseAPIClear")]
    public static partial void Clear(IntPtr handle);

    [LibraryImport(Library, EntryPoint = "TessDeleteText")]
    public static partial void DeleteText(IntPtr text);

    public static string TakeText(IntPtr text)
    {
        try
        {
            return text == IntPtr.Zero ? "" : Marshal.PtrToStringUTF8(text) ?? "";
        }
        finally
        {
            if (text != IntPtr.Zero)
            {
                DeleteText(text);
            }
        }
    }
}
