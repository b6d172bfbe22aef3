using System.IO.Compression;
using System.Text;
using System.Xml;

namespace DexFlow.Grains.Indexing;

/// <summary>Reads the text of Word documents (.docx, Office Open XML), as the office plugin and e-mail deliver them.</summary>
public static class OfficeText
{
    public const string DocxMediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The paragraphs of the document body, one per line; null when the bytes are not a readable .docx.</summary>
    public static string? ReadDocx(byte[] data)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(data), ZipArchiveMode.Read);
            var body = archive.GetEntry("word/document.xml");
            if (body is null || body.Length > 50 * 1024 * 1024)
            {
                return null;
            }

            using var reader = XmlReader.Create(body.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            var text = new StringBuilder();
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t")
                {
                    text.Append(reader.ReadElementContentAsString());
                }
                else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "tab")
                {
                    text.Append('\t');
                }
                else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "p")
                {
                    text.Append('\n');
                }
            }

            return text.ToString().Trim();
        }
        catch (Exception exception) when (exception is InvalidDataException or XmlException or IOException)
        {
            return null;
        }
    }

    public static bool IsZip(ReadOnlySpan<byte> head) => head is [(byte)'P', (byte)'K', 3, 4, ..];
}
