using System.IO.Compression;
using System.Text;
using System.Xml;

namespace DexFlow.Grains.Indexing;

/// <summary>An office file's kind and its text, as indexing reads it.</summary>
public sealed record OfficeFile(string MediaType, string Text);

/// <summary>
/// Reads the text of office files as the office plugin and e-mail deliver them: Word (.docx), Excel (.xlsx) and
/// OpenDocument text and spreadsheets (.odt, .ods). Paragraphs become lines; table rows become lines too, a row of a
/// label and a value as <c>label: value</c> and the rows under a header row as <c>header: value</c> pairs
/// (<see cref="TableLines"/>), so that the field patterns find a customer's order typed into a spreadsheet as they find
/// it in a letter.
/// </summary>
public static class OfficeText
{
    public const string DocxMediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string OdtMediaType = "application/vnd.oasis.opendocument.text";
    public const string OdsMediaType = "application/vnd.oasis.opendocument.spreadsheet";

    // A part larger than this is not read (an archive can claim any size; the reader also stops at it).
    private const long MaxPartBytes = 50 * 1024 * 1024;

    /// <summary>The most text kept of one file: a spreadsheet of a million cells is not an order.</summary>
    public const int MaxTextLength = 1_000_000;

    /// <summary>The file's kind and text; null when the bytes are no office file DexFlow can read.</summary>
    public static OfficeFile? Read(byte[] data)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(data), ZipArchiveMode.Read);
            var text = new TextBuilder();
            if (archive.GetEntry("word/document.xml") is { } word)
            {
                WordDocument.Read(Open(word), text);
                return new OfficeFile(DocxMediaType, text.ToString());
            }

            if (archive.GetEntry("xl/workbook.xml") is not null)
            {
                ExcelWorkbook.Read(archive, text);
                return new OfficeFile(XlsxMediaType, text.ToString());
            }

            var kind = ReadMimetype(archive);
            if (kind is OdtMediaType or OdsMediaType && archive.GetEntry("content.xml") is { } content)
            {
                OpenDocument.Read(Open(content), text);
                return new OfficeFile(kind, text.ToString());
            }

            return null;
        }
        catch (Exception exception) when (exception is InvalidDataException or XmlException or IOException or FormatException or OverflowException
                                              or ArgumentException)
        {
            return null;
        }
    }

    public static bool IsZip(ReadOnlySpan<byte> head) => head is [(byte)'P', (byte)'K', 3, 4, ..];

    /// <summary>An XML part of the archive, read without DTDs and no further than <see cref="MaxPartBytes"/>.</summary>
    internal static XmlReader Open(ZipArchiveEntry entry) => entry.Length > MaxPartBytes
        ? throw new InvalidDataException($"{entry.FullName} is larger than DexFlow reads.")
        : XmlReader.Create(new LimitedStream(entry.Open(), MaxPartBytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = false });

    private static string? ReadMimetype(ZipArchive archive)
    {
        if (archive.GetEntry("mimetype") is not { Length: < 200 } entry)
        {
            return null;
        }

        using var reader = new StreamReader(entry.Open(), Encoding.ASCII);
        return reader.ReadToEnd().Trim();
    }

    /// <summary>Stops a part that inflates past what its header claimed.</summary>
    private sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            _read += read;
            return _read > limit ? throw new InvalidDataException("An office file's part inflates past what DexFlow reads.") : read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
