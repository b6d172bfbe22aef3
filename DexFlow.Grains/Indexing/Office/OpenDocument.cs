using System.Globalization;
using System.Text;
using System.Xml;

namespace DexFlow.Grains.Indexing;

/// <summary>
/// The content of an OpenDocument text or spreadsheet (<c>content.xml</c>): paragraphs and headings as lines, each
/// table (a spreadsheet's sheets are tables) as <see cref="TableLines"/>. A cell holding a number or a date gives its
/// value as stored (<c>5000</c>, <c>2026-12-24</c>), not as displayed in the author's locale.
/// </summary>
internal static class OpenDocument
{
    private const string TableNamespace = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private const string OfficeNamespace = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private const string TextNamespace = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    // Spreadsheets repeat empty cells and rows to the sheet's edge; a few copies keep the columns, more is nothing.
    private const int MaxRepeat = 64;

    public static void Read(XmlReader reader, TextBuilder text)
    {
        using (reader)
        {
            var paragraph = new StringBuilder();
            var tables = 0;
            List<IReadOnlyList<string>>? rows = null;
            List<string>? row = null;
            var rowRepeat = 1;
            var paragraphs = 0;
            Cell? cell = null;
            while (reader.Read() && !text.Full)
            {
                var target = tables > 0 && cell is not null ? cell.Text : paragraph;
                switch (reader.NodeType)
                {
                    // Text belongs to paragraphs and headings (in spans and links too); between them it is layout.
                    case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when paragraphs > 0:
                        target.Append(reader.Value);
                        break;
                    case XmlNodeType.Element when reader.NamespaceURI == TextNamespace:
                        switch (reader.LocalName)
                        {
                            case "p" or "h" when !reader.IsEmptyElement:
                                paragraphs++;
                                break;
                            case "s":
                                target.Append(' ', Math.Clamp(Count(reader, "c"), 1, 100));
                                break;
                            case "tab":
                                target.Append('\t');
                                break;
                            case "line-break":
                                target.Append(' ');
                                break;
                        }

                        break;
                    case XmlNodeType.Element when reader.NamespaceURI == TableNamespace:
                        switch (reader.LocalName)
                        {
                            case "table":
                                tables++;
                                rows ??= [];
                                break;
                            case "table-row" when tables == 1:
                                (row, rowRepeat) = ([], Count(reader, "number-rows-repeated"));
                                if (reader.IsEmptyElement)
                                {
                                    row = null;
                                }

                                break;
                            case "table-cell" or "covered-table-cell" when tables == 1 && row is not null:
                                cell = new Cell(Count(reader, "number-columns-repeated"), Stored(reader));
                                if (reader.IsEmptyElement)
                                {
                                    cell.AddTo(row);
                                    cell = null;
                                }

                                break;
                        }

                        break;
                    case XmlNodeType.EndElement when reader.NamespaceURI == TextNamespace && reader.LocalName is "p" or "h":
                        paragraphs--;
                        if (target == paragraph)
                        {
                            text.Line(paragraph.ToString());
                            paragraph.Clear();
                        }
                        else
                        {
                            target.Append(' ');
                        }

                        break;
                    case XmlNodeType.EndElement when reader.NamespaceURI == TableNamespace:
                        switch (reader.LocalName)
                        {
                            case "table-cell" or "covered-table-cell" when tables == 1 && row is not null && cell is not null:
                                cell.AddTo(row);
                                cell = null;
                                break;
                            case "table-row" when tables == 1 && row is not null:
                                var copies = row.Any(value => value.Trim().Length > 0) ? Math.Min(rowRepeat, MaxRepeat) : 1;
                                for (var copy = 0; copy < copies; copy++)
                                {
                                    rows!.Add(row);
                                }

                                row = null;
                                break;
                            case "table":
                                if (--tables == 0)
                                {
                                    text.Table(rows!);
                                    rows = null;
                                }

                                break;
                        }

                        break;
                }
            }
        }
    }

    /// <summary>A cell being read: how often it repeats, its stored value (numbers and dates), and its text.</summary>
    private sealed class Cell(int repeat, string? stored)
    {
        public StringBuilder Text { get; } = new();

        public void AddTo(List<string> row)
        {
            var value = stored ?? Text.ToString().Trim();
            for (var copy = 0; copy < Math.Min(repeat, MaxRepeat); copy++)
            {
                row.Add(value);
            }
        }
    }

    private static string? Stored(XmlReader reader) => reader.GetAttribute("value-type", OfficeNamespace) switch
    {
        "float" or "percentage" or "currency" => reader.GetAttribute("value", OfficeNamespace),
        "date" => reader.GetAttribute("date-value", OfficeNamespace) is { } date ? date.Split('T')[0] : null,
        _ => null,
    };

    private static int Count(XmlReader reader, string attribute) =>
        int.TryParse(reader.GetAttribute(attribute, reader.NamespaceURI), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0 ? count : 1;
}
