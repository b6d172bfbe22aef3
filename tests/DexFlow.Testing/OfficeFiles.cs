using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace DexFlow.Testing;

/// <summary>
/// Office files as an office suite saves them, reduced to the parts a reader needs: Word and Excel (Office Open XML),
/// OpenDocument text and spreadsheets. A block of a document is a paragraph (a string) or a table (rows of cells); a
/// spreadsheet cell is text, a number or a date, stored the way the format stores each.
/// </summary>
public static class OfficeFiles
{
    private const string Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Sheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string OdfNamespaces = """xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3" """;

    public static byte[] Docx(params object[] blocks) => Zip(
        ("[Content_Types].xml", """<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""),
        ("word/document.xml", $"""<?xml version="1.0"?><w:document xmlns:w="{Word}"><w:body>{string.Concat(blocks.Select(WordBlock))}</w:body></w:document>"""));

    /// <summary>A workbook of one sheet per table; text goes to the shared strings, a <see cref="DateOnly"/> is a serial number in a date style.</summary>
    public static byte[] Xlsx(params object[][][] sheets)
    {
        var shared = new List<string>();
        var parts = new List<(string, string)>
        {
            ("[Content_Types].xml", """<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"""),
            ("xl/workbook.xml", $"""<?xml version="1.0"?><workbook xmlns="{Sheet}"><sheets>{string.Concat(sheets.Select((_, index) => $"<sheet name=\"S{index + 1}\" sheetId=\"{index + 1}\"/>"))}</sheets></workbook>"""),
            ("xl/styles.xml", $"""<?xml version="1.0"?><styleSheet xmlns="{Sheet}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="4"/></cellXfs></styleSheet>"""),
        };
        for (var index = 0; index < sheets.Length; index++)
        {
            var rows = sheets[index].Select((row, r) => $"<row r=\"{r + 1}\">{string.Concat(row.Select((cell, c) => SheetCell(cell, $"{(char)('A' + c)}{r + 1}", shared)))}</row>");
            parts.Add(($"xl/worksheets/sheet{index + 1}.xml", $"""<?xml version="1.0"?><worksheet xmlns="{Sheet}"><sheetData>{string.Concat(rows)}</sheetData></worksheet>"""));
        }

        parts.Add(("xl/sharedStrings.xml", $"""<?xml version="1.0"?><sst xmlns="{Sheet}">{string.Concat(shared.Select(text => $"<si><t xml:space=\"preserve\">{Escape(text)}</t></si>"))}</sst>"""));
        return Zip([.. parts]);
    }

    public static byte[] Odt(params object[] blocks) => OpenDocument("application/vnd.oasis.opendocument.text",
        $"<office:text>{string.Concat(blocks.Select(block => block is string text ? $"<text:p>{OdfText(text)}</text:p>" : OdfTable((object[][])block)))}</office:text>");

    /// <summary>A spreadsheet of one table per sheet, with the empty cells and rows to its edge that office suites write.</summary>
    public static byte[] Ods(params object[][][] sheets) => OpenDocument("application/vnd.oasis.opendocument.spreadsheet",
        $"<office:spreadsheet>{string.Concat(sheets.Select(OdfTable))}</office:spreadsheet>");

    /// <summary>A zip archive that is no office file (a folder of pictures).</summary>
    public static byte[] OtherZip() => Zip(("pictures/readme.txt", "Scans of the proofs."));

    private static string WordBlock(object block) => block is string text
        ? $"<w:p><w:r><w:t xml:space=\"preserve\">{Escape(text)}</w:t></w:r></w:p>"
        : $"<w:tbl>{string.Concat(((object[][])block).Select(row => $"<w:tr>{string.Concat(row.Select(cell => $"<w:tc><w:p><w:r><w:t>{Escape(Format(cell))}</w:t></w:r></w:p></w:tc>"))}</w:tr>"))}</w:tbl>";

    private static string SheetCell(object cell, string reference, List<string> shared) => cell switch
    {
        "" => "",
        string text => $"<c r=\"{reference}\" t=\"s\"><v>{Share(shared, text)}</v></c>",
        DateOnly date => $"<c r=\"{reference}\" s=\"1\"><v>{date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)}</v></c>",
        _ => $"<c r=\"{reference}\" s=\"2\"><v>{Convert.ToString(cell, CultureInfo.InvariantCulture)}</v></c>",
    };

    private static int Share(List<string> shared, string text)
    {
        shared.Add(text);
        return shared.Count - 1;
    }

    // Numbers are displayed as a German office suite would (5.000), and stored as they are (5000).
    private static string OdfTable(object[][] rows) =>
        "<table:table>" + string.Concat(rows.Select(row => "<table:table-row>" + string.Concat(row.Select(cell => cell switch
        {
            "" => "<table:table-cell/>",
            string text => $"<table:table-cell office:value-type=\"string\"><text:p>{OdfText(text)}</text:p></table:table-cell>",
            DateOnly date => $"<table:table-cell office:value-type=\"date\" office:date-value=\"{date:yyyy-MM-dd}\"><text:p>{date:dd.MM.yyyy}</text:p></table:table-cell>",
            _ => $"<table:table-cell office:value-type=\"float\" office:value=\"{Convert.ToString(cell, CultureInfo.InvariantCulture)}\"><text:p>{Convert.ToDecimal(cell, CultureInfo.InvariantCulture).ToString("N0", CultureInfo.GetCultureInfo("de-DE"))}</text:p></table:table-cell>",
        })) + "<table:table-cell table:number-columns-repeated=\"1020\"/></table:table-row>"))
        + "<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row></table:table>";

    // Runs of spaces are written as <text:s text:c="n"/>, as office suites do.
    private static string OdfText(string text) => System.Text.RegularExpressions.Regex.Replace(Escape(text), "  +", run => $" <text:s text:c=\"{run.Length - 1}\"/>");

    private static byte[] OpenDocument(string mediaType, string body) => Zip(
        ("mimetype", mediaType),
        ("content.xml", $"""<?xml version="1.0"?><office:document-content {OdfNamespaces}><office:body>{body}</office:body></office:document-content>"""));

    // What a person types into a letter's table: dates as written in ISO form, numbers as they are.
    private static string Format(object cell) => cell is DateOnly date
        ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "";

    private static string Escape(string text) => SecurityElement.Escape(text);

    private static byte[] Zip(params (string Name, string Content)[] parts)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in parts)
            {
                using var stream = archive.CreateEntry(name, name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal).Open();
                stream.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return buffer.ToArray();
    }
}
