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
            // The limit is hard: a line is cut where the text is full.
            _text.Append(trimmed.AsSpan(0, Math.Min(trimmed.Length, OfficeText.MaxTextLength - _text.Length))).Append('\n');
        }
    }

    public void Table(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        foreach (var line in TableLines.Of(rows))
        {
            if (Full)
            {
                return;
            }

            Line(line);
        }
    }

    public override string ToString() => _text.ToString().TrimEnd();
}
