namespace DexFlow.Grains.Paperwork;

/// <summary>
/// Fitting text to a width with a measuring function. A prefix's width grows with its length, so the longest prefix
/// that fits is found by doubling, then halving, the length: O(log k) measurements of at most 2k characters for a line
/// of k characters, never one measurement per character. Wrapping n characters costs O(n log k).
/// </summary>
public static class TextFitting
{
    public const string Ellipsis = "…";

    /// <summary>The text if it fits, otherwise its longest prefix that fits with an ellipsis after it.</summary>
    public static string Truncate(string text, double width, Func<string, double> measure)
    {
        var fits = LongestFitting(text, 0, width, measure);
        if (fits == text.Length)
        {
            return text;
        }

        var shortened = LongestFitting(text, 0, width, prefix => measure(prefix + Ellipsis));
        return text[..Math.Max(1, shortened)] + Ellipsis;
    }

    /// <summary>
    /// The text broken into lines no wider than <paramref name="width"/>: at spaces where it can, inside a word longer
    /// than a line where it must; each line break of the text starts a new line.
    /// </summary>
    public static IEnumerable<string> Wrap(string text, double width, Func<string, double> measure)
    {
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = paragraph.Trim();
            var start = 0;
            do
            {
                var fits = LongestFitting(line, start, width, measure);
                if (start + fits >= line.Length)
                {
                    yield return line[start..];
                    break;
                }

                // The last space within what fits ends the line; a word longer than the line is broken where it ends.
                var space = fits == 0 ? -1 : line.LastIndexOf(' ', start + fits, fits + 1);
                var end = space > start ? space : start + Math.Max(1, fits);
                yield return line[start..end].TrimEnd();
                start = end;
                while (start < line.Length && line[start] == ' ')
                {
                    start++;
                }
            }
            while (start < line.Length);
        }
    }

    /// <summary>How many characters from <paramref name="start"/> fit the width (none when not even one does).</summary>
    private static int LongestFitting(string text, int start, double width, Func<string, double> measure)
    {
        var available = text.Length - start;
        bool Fits(int length) => measure(text.Substring(start, length)) <= width;

        // Double the length while it fits, so that a short line of a long text measures only short strings.
        int fits = 0, tooLong = available + 1;
        for (var probe = Math.Min(1, available); probe > fits; probe = Math.Min(available, probe * 2))
        {
            if (!Fits(probe))
            {
                tooLong = probe;
                break;
            }

            fits = probe;
        }

        // Then halve the gap between the longest length known to fit and the shortest known not to.
        while (tooLong - fits > 1)
        {
            var middle = fits + (tooLong - fits) / 2;
            if (Fits(middle))
            {
                fits = middle;
            }
            else
            {
                tooLong = middle;
            }
        }

        return Math.Min(fits, available);
    }
}
