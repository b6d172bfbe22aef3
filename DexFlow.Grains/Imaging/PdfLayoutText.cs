using System.Text;
using System.Xml;

namespace DexFlow.Grains.Imaging;

/// <summary>
/// A PDF page's text from <c>pdftotext -bbox-layout</c>: Poppler's reading order (flows one after another, a blank line
/// between them, as its plain text output has it), with a line joined to the one before it when it sits on the same baseline to its right. Poppler
/// makes a label and its value, or the cells of a table row, blocks of their own; joined, they read as OCR's lines and
/// the truth files do: <c>Invoice number:→INV-526496</c>, a wide gap as a tab, a narrow one as a space.
/// </summary>
public static class PdfLayoutText
{
    // More white than this between two items on a line is a column's gap, as the truth files count it (6 mm).
    private const double ColumnGap = 6 / 25.4 * 72;

    private sealed record Line(string Text, int Flow, double Left, double Top, double Right, double Bottom)
    {
        public double Middle => (Top + Bottom) / 2;

        public double Height => Bottom - Top;
    }

    public static string Parse(string xhtml)
    {
        var text = new StringBuilder();
        Line? previous = null;
        foreach (var line in Lines(xhtml))
        {
            if (previous is not null && line.Left >= previous.Right - 1
                && Math.Abs(line.Middle - previous.Middle) < Math.Min(line.Height, previous.Height) / 2)
            {
                text.Append(line.Left - previous.Right > ColumnGap ? '\t' : ' ').Append(line.Text);
                previous = previous with { Right = line.Right };
                continue;
            }

            if (previous is not null)
            {
                text.Append(line.Flow == previous.Flow ? "\n" : "\n\n");
            }

            text.Append(line.Text);
            previous = line;
        }

        return text.ToString().Trim();
    }

    private static List<Line> Lines(string xhtml)
    {
        var lines = new List<Line>();
        try
        {
            using var reader = XmlReader.Create(new StringReader(xhtml), PdfWordBoxes.ReaderSettings);
            var flow = 0;
            (double Left, double Top, double Right, double Bottom)? box = null;
            var words = new List<string>();
            var word = new StringBuilder();
            var inWord = false;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element when reader.LocalName == "flow":
                        flow++;
                        break;
                    case XmlNodeType.Element when reader.LocalName == "line" && !reader.IsEmptyElement:
                        box = (PdfWordBoxes.Number(reader.GetAttribute("xMin")), PdfWordBoxes.Number(reader.GetAttribute("yMin")),
                            PdfWordBoxes.Number(reader.GetAttribute("xMax")), PdfWordBoxes.Number(reader.GetAttribute("yMax")));
                        words.Clear();
                        break;
                    case XmlNodeType.Element when reader.LocalName == "word" && !reader.IsEmptyElement:
                        inWord = true;
                        word.Clear();
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA when inWord:
                        word.Append(reader.Value);
                        break;
                    case XmlNodeType.EndElement when reader.LocalName == "word":
                        inWord = false;
                        if (word.ToString().Trim() is { Length: > 0 } spelled)
                        {
                            words.Add(spelled);
                        }

                        break;
                    case XmlNodeType.EndElement when reader.LocalName == "line" && box is { } at:
                        if (words.Count > 0)
                        {
                            lines.Add(new Line(string.Join(' ', words), flow, at.Left, at.Top, at.Right, at.Bottom));
                        }

                        box = null;
                        break;
                }
            }
        }
        catch (XmlException)
        {
            // Output that stops being XML (cut short or damaged): the lines before the damage.
        }

        return lines;
    }
}
