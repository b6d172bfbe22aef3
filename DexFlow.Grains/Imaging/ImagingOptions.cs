namespace DexFlow.Grains.Imaging;

/// <summary>Limits and settings for reading pages (<c>DexFlow:Indexing</c>).</summary>
public sealed class ImagingOptions
{
    /// <summary>
    /// Pages larger than this are refused before decoding (a decompression bomb allocates nothing). 150 million pixels
    /// is an A0 poster at 300 dpi.
    /// </summary>
    public long MaxPagePixels { get; set; } = 150_000_000;

    /// <summary>Larger pages are scaled down to about this many pixels before OCR and barcode reading (A4 at 400 dpi).</summary>
    public long ProcessingPixels { get; set; } = 16_000_000;

    /// <summary>Resolution PDF pages are rendered at for barcodes and OCR.</summary>
    public int PdfDpi { get; set; } = 300;

    /// <summary>Tesseract languages, e.g. "eng" or "eng+deu" (each needs its tesseract-ocr-* package).</summary>
    public string Languages { get; set; } = "eng";

    /// <summary>
    /// A gray page OCR reads with less mean confidence than this is read again with its contrast normalised, and the
    /// reading with more confident words is kept (faint, grainy scans). 0 turns the second reading off.
    /// </summary>
    public int ReadAgainBelowConfidence { get; set; } = 80;

    /// <summary>Pages read at the same time on one silo; by default one per core.</summary>
    public int Workers { get; set; } = Environment.ProcessorCount;
}
