using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using DexFlow.Contracts.Documents;
using DexFlow.Grains.Indexing;

namespace DexFlow.Grains.Imaging;

/// <summary>
/// The words of <c>pdftotext -bbox</c>: an XHTML page element with the page's width and height in points, and a word
/// element per word with its corners (xMin, yMin, xMax, yMax) from the top left. The text layer is the PDF's own, so
/// every word is certain.
/// </summary>
public static class PdfWordBoxes
{
    public static ImmutableArray<WordBox> Parse(string xhtml)
    {
        var words = ImmutableArray.CreateBuilder<WordBox>();
        var settings = ReaderSettings;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xhtml), settings);
            double width = 0, height = 0;
            (double Left, double Top, double Right, double Bottom)? box = null;
            var text = new StringBuilder();
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element when reader.LocalName == "page":
                        width = Number(reader.GetAttribute("width"));
                        height = Number(reader.GetAttribute("height"));
                        break;
                    case XmlNodeType.Element when reader.LocalName == "word" && !reader.IsEmptyElement:
                        box = (Number(reader.GetAttribute("xMin")), Number(reader.GetAttribute("yMin")),
                            Number(reader.GetAttribute("xMax")), Number(reader.GetAttribute("yMax")));
                        text.Clear();
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA when box is not null:
                        text.Append(reader.Value);
                        break;
                    case XmlNodeType.EndElement when reader.LocalName == "word" && box is { } word:
                        if (width > 0 && height > 0 && text.ToString().Trim() is { Length: > 0 } spelled)
                        {
                            words.Add(new WordBox(spelled, TesseractTsv.Fraction(word.Left, width), TesseractTsv.Fraction(word.Top, height),
                                TesseractTsv.Fraction(word.Right - word.Left, width), TesseractTsv.Fraction(word.Bottom - word.Top, height), 100));
                        }

                        box = null;
                        break;
                }
            }
        }
        catch (XmlException)
        {
            // Output that stops being XML (cut short or damaged): the words before the damage.
        }

        return words.ToImmutable();
    }

    /// <summary>
    /// How Poppler's XHTML is read: the document names an external DTD, which is neither fetched nor processed; a text
    /// layer may hold characters XML does not allow, which are kept here and cleaned where text is stored.
    /// </summary>
    internal static XmlReaderSettings ReaderSettings => new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, CheckCharacters = false };

    /// <summary>A coordinate of Poppler's output; 0 when missing.</summary>
    internal static double Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
