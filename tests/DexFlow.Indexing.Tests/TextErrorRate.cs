namespace DexFlow.Indexing.Tests;

/// <summary>
/// Character error rate that does not depend on reading order: every piece of the true text (a line, or a cell of a
/// tab-separated line) is aligned with the place in the recognised text where it fits best, and the edits needed
/// there are counted. A page read with its blocks in another order than the truth lists them is not penalised; a
/// misread or missing character is.
/// </summary>
public static class TextErrorRate
{
    public static (int Errors, int Characters) Measure(string truth, string recognised)
    {
        var lines = recognised.Split('\n').Select(Normalise).Where(line => line.Length > 0).ToArray();
        int errors = 0, characters = 0;
        foreach (var segment in truth.Split('\n', '\t').Select(Normalise).Where(segment => segment.Length > 0))
        {
            characters += segment.Length;
            errors += lines.Length == 0 ? segment.Length : lines.Min(line => BestFit(segment, line));
        }

        return (errors, characters);
    }

    public static double Rate(string truth, string recognised)
    {
        var (errors, characters) = Measure(truth, recognised);
        return characters == 0 ? 0 : (double)errors / characters;
    }

    /// <summary>Edits to turn <paramref name="segment"/> into the best-matching substring of <paramref name="line"/>.</summary>
    private static int BestFit(string segment, string line)
    {
        var previous = new int[line.Length + 1];
        var current = new int[line.Length + 1];
        for (var i = 1; i <= segment.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= line.Length; j++)
            {
                var substitution = previous[j - 1] + (segment[i - 1] == line[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous.Min();
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
