using System.Text;
using System.Xml;

namespace DexFlow.Grains.Indexing;

/// <summary>The body of a Word document (<c>word/document.xml</c>): paragraphs as lines, tables as <see cref="TableLines"/>.</summary>
internal static class WordDocument
{
    public static void Read(XmlReader reader, TextBuilder text)
    {
        using (reader)
        {
            var paragraph = new StringBuilder();
            var tables = 0;
            List<IReadOnlyList<string>>? rows = null;
            List<string>? row = null;
            StringBuilder? cell = null;
            while (!reader.EOF && !text.Full)
            {
                // A table inside a table is read as the text of its cell.
                var target = tables > 0 && cell is not null ? cell : paragraph;
                if (reader is { NodeType: XmlNodeType.Element, LocalName: "t" })
                {
                    target.Append(reader.ReadElementContentAsString());
                    continue;
                }

                switch (reader.NodeType, reader.LocalName)
                {
                    case (XmlNodeType.Element, "tab"):
                        target.Append('\t');
                        break;
                    case (XmlNodeType.Element, "br"):
                        target.Append(' ');
                        break;
                    case (XmlNodeType.Element, "tbl"):
                        tables++;
                        rows ??= [];
                        break;
                    case (XmlNodeType.Element, "tr") when tables == 1:
                        row = [];
                        break;
                    case (XmlNodeType.Element, "tc") when tables == 1:
                        cell = new StringBuilder();
                        break;
                    case (XmlNodeType.EndElement, "p") when target == cell:
                        cell.Append(' ');
                        break;
                    case (XmlNodeType.EndElement, "p"):
                        text.Line(paragraph.ToString());
                        paragraph.Clear();
                        break;
                    case (XmlNodeType.EndElement, "tc") when tables == 1 && cell is not null:
                        row?.Add(cell.ToString());
                        cell = null;
                        break;
                    case (XmlNodeType.EndElement, "tr") when tables == 1 && row is not null:
                        rows!.Add(row);
                        row = null;
                        break;
                    case (XmlNodeType.EndElement, "tbl"):
                        if (--tables == 0)
                        {
                            text.Table(rows!);
                            rows = null;
                        }

                        break;
                }

                reader.Read();
            }
        }
    }
}
