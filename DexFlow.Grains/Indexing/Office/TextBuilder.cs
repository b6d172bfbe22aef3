using System.Text;

namespace DexFlow.Grains.Indexing;

/// <summary>The text of an office file, line by line, up to <see cref="OfficeText.MaxTextLength"/>.</summary>
internal sealed class TextBuilder
{
    private readonly StringBuilder _text = new();

    public bool Full => _text.Length >= OfficeText.MaxTextLength;

    public void Line(string? line)
    {
        var trimmed = line?.Trim();
        if (!string.IsNullOrEmpty(trimmed) && !Full)
        {
            _text.Append(trimmed).Append('\n');
        }
    }

    public void Table(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        foreach (var line in TableLines.Of(rows))
        {
            Line(line);
        }
    }

    public override string ToString() => _text.ToString().TrimEnd();
}
