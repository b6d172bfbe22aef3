using System.Runtime.InteropServices;
using DexFlow.Grains.Imaging;
using DexFlow.Grains.Imaging.Native;

namespace DexFlow.Grains.Indexing;

/// <summary>
/// One Tesseract engine (not thread-safe; kept by one worker thread for its lifetime, so the start-up cost is paid
/// once per thread, not per page), plus an orientation engine used only when a page reads badly.
/// </summary>
public sealed class OcrEngine : IDisposable
{
    /// <summary>Words below this confidence count as uncertain.</summary>
    public const int UncertainBelow = 60;

    private const int RetryBelow = 70;
    private const float OrientationConfidence = 2f;

    private readonly IntPtr _text;
    private IntPtr _orientation;
    private readonly string? _dataPath;

    static OcrEngine()
    {
        // Debian's Tesseract is built with OpenMP: left alone it spreads one page over every core and becomes six
        // times slower. Parallelism is DexFlow's (one engine per worker thread). Must be set before the library loads.
        LibC.SetEnv("OMP_THREAD_LIMIT", "1", 0);
    }

    public OcrEngine(string languages, string? dataPath = null)
    {
        _dataPath = dataPath;
        _text = Tesseract.Create();
        if (Tesseract.Init(_text, dataPath, languages) != 0)
        {
            Tesseract.Delete(_text);
            throw new InvalidOperationException(
                $"Tesseract could not load the languages '{languages}'; install the tesseract-ocr language packages (e.g. tesseract-ocr-eng).");
        }

        Tesseract.SetVariable(_text, "debug_file", "/dev/null");
    }

    /// <summary>
    /// Reads a page as it is; when the result is poor, straightens a skew and reads again, and if it is still poor, asks
    /// the orientation model whether the page lies on its side or upside down and reads it turned upright. Most pages
    /// are read once: deskewing every page costs time and, on the scans measured here, accuracy too.
    /// </summary>
    public OcrResult Recognize(PageImage page)
    {
        var best = Read(page, quarterTurns: 0);
        if (Good(best))
        {
            return best;
        }

        using var straight = page.Deskew();
        best = Better(best, Read(straight, quarterTurns: 0));
        if (Good(best))
        {
            return best;
        }

        var turns = UprightQuarterTurns(straight);
        if (turns == 0)
        {
            return best;
        }

        using var upright = straight.Rotate(turns);
        return Better(best, Read(upright, turns));
    }

    private static bool Good(OcrResult result) => result.MeanConfidence >= RetryBelow && result.Words > 0;

    private static OcrResult Better(OcrResult first, OcrResult second) => second.MeanConfidence > first.MeanConfidence ? second : first;

    private OcrResult Read(PageImage page, int quarterTurns)
    {
        Tesseract.SetPageSegMode(_text, Tesseract.PageSegAuto);
        Tesseract.SetImage(_text, page.Handle);
        if (page.Dpi is < 70 or > 1200)
        {
            Tesseract.SetSourceResolution(_text, 300);
        }

        try
        {
            if (Tesseract.Recognize(_text, IntPtr.Zero) != 0)
            {
                throw new InvalidImageException("OCR failed on the page");
            }

            var text = Tesseract.TakeText(Tesseract.GetUtf8Text(_text));
            var boxes = TesseractTsv.Words(Tesseract.TakeText(Tesseract.GetTsvText(_text, 0)));
            return new OcrResult(text.TrimEnd(), Tesseract.MeanTextConfidence(_text), boxes.Length,
                boxes.Count(word => word.Confidence < UncertainBelow), quarterTurns, boxes);
        }
        finally
        {
            Tesseract.Clear(_text);
        }
    }

    /// <summary>Clockwise quarter turns that stand the page upright; 0 when upright or unsure.</summary>
    private int UprightQuarterTurns(PageImage page)
    {
        if (_orientation == IntPtr.Zero)
        {
            _orientation = Tesseract.Create();
            if (Tesseract.Init(_orientation, _dataPath, "osd") != 0)
            {
                Tesseract.Delete(_orientation);
                _orientation = IntPtr.Zero;
                return 0; // tesseract-ocr-osd is not installed: pages are read as they come
            }
        }

        Tesseract.SetPageSegMode(_orientation, 0); // PSM_OSD_ONLY
        Tesseract.SetImage(_orientation, page.Handle);
        try
        {
            return Tesseract.DetectOrientationScript(_orientation, out var degrees, out var confidence, out _, out _) != 0
                   && confidence >= OrientationConfidence
                ? (4 - degrees / 90 % 4) % 4
                : 0;
        }
        finally
        {
            Tesseract.Clear(_orientation);
        }
    }

    public void Dispose()
    {
        Tesseract.Delete(_text);
        if (_orientation != IntPtr.Zero)
        {
            Tesseract.Delete(_orientation);
        }
    }
}
