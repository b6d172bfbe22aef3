using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace DexFlow.Grains.Indexing;

/// <summary>
/// The sheets of an Excel workbook, in order, each as a table (<see cref="TableLines"/>). Shared strings are looked up;
/// a number formatted as a date is written as one (<c>2026-12-24</c>); other numbers as stored.
/// </summary>
internal static partial class ExcelWorkbook
{
    private const int MaxColumns = 200;

    public static void Read(ZipArchive archive, TextBuilder text)
    {
        var shared = archive.GetEntry("xl/sharedStrings.xml") is { } strings ? SharedStrings(OfficeText.Open(strings)) : [];
        var dateStyles = archive.GetEntry("xl/styles.xml") is { } styles ? DateStyles(OfficeText.Open(styles)) : [];
        var sheets = archive.Entries
            .Select(entry => (Entry: entry, Match: SheetPart().Match(entry.FullName)))
            .Where(sheet => sheet.Match.Success)
            .OrderBy(sheet => long.TryParse(sheet.Match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : long.MaxValue);
        foreach (var (entry, _) in sheets)
        {
            if (text.Full)
            {
                return;
            }

            text.Table(Rows(OfficeText.Open(entry), shared, dateStyles));
        }
    }

    private static List<IReadOnlyList<string>> Rows(XmlReader reader, IReadOnlyList<string> shared, IReadOnlySet<int> dateStyles)
    {
        using (reader)
        {
            var rows = new List<IReadOnlyList<string>>();
            List<string>? row = null;
            (int Column, string? Type, int Style)? cell = null;
            string? value = null;
            var inline = new StringBuilder();
            while (!reader.EOF)
            {
                if (reader is { NodeType: XmlNodeType.Element, LocalName: "v" } && cell is not null)
                {
                    value = reader.ReadElementContentAsString();
                    continue;
                }

                if (reader is { NodeType: XmlNodeType.Element, LocalName: "t" } && cell is not null)
                {
                    inline.Append(reader.ReadElementContentAsString());
                    continue;
                }

                switch (reader.NodeType, reader.LocalName)
                {
                    case (XmlNodeType.Element, "row"):
                        row = [];
                        if (reader.IsEmptyElement)
                        {
                            row = null;
                        }

                        break;
                    case (XmlNodeType.Element, "c") when row is not null:
                        cell = (Column(reader.GetAttribute("r"), row.Count), reader.GetAttribute("t"),
                            int.TryParse(reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var style) ? style : 0);
                        (value, inline.Length) = (null, 0);
                        if (reader.IsEmptyElement)
                        {
                            cell = null;
                        }

                        break;
                    case (XmlNodeType.EndElement, "c") when row is not null && cell is { } ended:
                        if (ended.Column < MaxColumns)
                        {
                            while (row.Count < ended.Column)
                            {
                                row.Add("");
                            }

                            row.Add(Value(ended.Type, ended.Style, value, inline.ToString(), shared, dateStyles));
                        }

                        cell = null;
                        break;
                    case (XmlNodeType.EndElement, "row") when row is not null:
                        rows.Add(row);
                        row = null;
                        break;
                }

                reader.Read();
            }

            return rows;
        }
    }

    private static string Value(string? type, int style, string? value, string inline, IReadOnlyList<string> shared, IReadOnlySet<int> dateStyles) => type switch
    {
        "s" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Count ? shared[index] : "",
        "inlineStr" => inline,
        "b" => value == "1" ? "TRUE" : "FALSE",
        "str" or "e" => value ?? "",
        _ when value is not null && dateStyles.Contains(style)
               && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466 =>
            DateTime.FromOADate(serial).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => value ?? "",
    };

    /// <summary>The column of a cell reference (<c>C7</c> is 2); where there is none, the next column.</summary>
    private static int Column(string? reference, int next)
    {
        if (string.IsNullOrEmpty(reference) || !char.IsAsciiLetterUpper(reference[0]))
        {
            return next;
        }

        var column = 0;
        foreach (var letter in reference.TakeWhile(char.IsAsciiLetterUpper))
        {
            column = Math.Min((column * 26) + (letter - 'A' + 1), 100_000);
        }

        return column - 1;
    }

    private static List<string> SharedStrings(XmlReader reader)
    {
        using (reader)
        {
            var strings = new List<string>();
            var current = new StringBuilder();
            var phonetic = 0;
            while (!reader.EOF)
            {
                if (reader is { NodeType: XmlNodeType.Element, LocalName: "t" } && phonetic == 0)
                {
                    current.Append(reader.ReadElementContentAsString());
                    continue;
                }

                switch (reader.NodeType, reader.LocalName)
                {
                    // Phonetic readings (East Asian) are not part of the text.
                    case (XmlNodeType.Element, "rPh") when !reader.IsEmptyElement:
                        phonetic++;
                        break;
                    case (XmlNodeType.EndElement, "rPh"):
                        phonetic--;
                        break;
                    case (XmlNodeType.Element, "si") when reader.IsEmptyElement:
                        strings.Add("");
                        break;
                    case (XmlNodeType.EndElement, "si"):
                        strings.Add(current.ToString());
                        current.Clear();
                        break;
                }

                reader.Read();
            }

            return strings;
        }
    }

    /// <summary>The cell styles (indexes into <c>cellXfs</c>) whose number format shows a date.</summary>
    private static HashSet<int> DateStyles(XmlReader reader)
    {
        using (reader)
        {
            var customDates = new HashSet<int>();
            var dates = new HashSet<int>();
            var inCellFormats = false;
            var index = 0;
            while (reader.Read())
            {
                switch (reader.NodeType, reader.LocalName)
                {
                    case (XmlNodeType.Element, "numFmt"):
                        if (int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                            && IsDateFormat(reader.GetAttribute("formatCode") ?? ""))
                        {
                            customDates.Add(id);
                        }

                        break;
                    case (XmlNodeType.Element, "cellXfs"):
                        inCellFormats = !reader.IsEmptyElement;
                        break;
                    case (XmlNodeType.EndElement, "cellXfs"):
                        inCellFormats = false;
                        break;
                    case (XmlNodeType.Element, "xf") when inCellFormats:
                        var format = int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var numFmt) ? numFmt : 0;
                        // Built-in formats 14 to 22 and 45 to 47 are dates and times.
                        if (format is >= 14 and <= 22 or >= 45 and <= 47 || customDates.Contains(format))
                        {
                            dates.Add(index);
                        }

                        index++;
                        break;
                }
            }

            return dates;
        }
    }

    // A format shows a date when, outside quoted text and brackets, it has day, month-with-year or year parts.
    private static bool IsDateFormat(string code)
    {
        var plain = QuotedOrBracketed().Replace(code, "").ToLowerInvariant();
        return plain.Contains('d') || plain.Contains('y');
    }

    [GeneratedRegex(@"""[^""]*""|\[[^\]]*\]|\\.")]
    private static partial Regex QuotedOrBracketed();

    [GeneratedRegex(@"^xl/worksheets/sheet(\d+)\.xml$")]
    private static partial Regex SheetPart();
}
