using System.Text.RegularExpressions;
using DexFlow.Contracts.Documents;

namespace DexFlow.Grains.Indexing;

/// <summary>
/// Decides a document's type and says why: a cover sheet's <c>DXF-T-</c> code is certain; otherwise the weighted
/// keywords and the titles of <see cref="ClassificationOptions"/> are counted, and the confidence reflects how clearly
/// the best type wins over the runner-up.
/// </summary>
public static partial class DocumentClassifier
{
    public sealed record Classification(DocumentType? Type, double Confidence, string Reason);

    // A line ending in a colon is a label ("Order:"), not a title.
    private static readonly char[] TitleTrim = [' ', '\t', '.', '-', '|'];

    public static Classification Classify(string text, DocumentType? coverType, ClassificationOptions options)
    {
        if (coverType is { } covered)
        {
            return new Classification(covered, 1.0, "cover sheet barcode");
        }

        var lower = text.ToLowerInvariant();
        var headings = Headings(Top(lower));
        var scores = options.Keywords.Keys.Union(options.Titles.Keys)
            .Select(type =>
            {
                var matched = options.Keywords.GetValueOrDefault(type, []).Where(keyword => lower.Contains(keyword.Key, StringComparison.OrdinalIgnoreCase)).ToArray();
                var title = options.Titles.GetValueOrDefault(type, []).FirstOrDefault(title => headings.Contains(title.ToLowerInvariant()));
                var words = matched.Select(keyword => $"'{keyword.Key.Trim()}'").Concat(title is null ? [] : [$"title '{title}'"]);
                return (Type: type, Score: matched.Sum(keyword => keyword.Value) + (title is null ? 0 : options.TitleWeight), Words: words.ToArray());
            })
            .OrderByDescending(score => score.Score)
            .ToArray();
        var best = scores[0];
        if (best.Score < options.MinimumScore)
        {
            return new Classification(null, 0, best.Score == 0 ? "no keyword of any type found" : $"too few keywords ({string.Join(", ", best.Words)})");
        }

        var runnerUp = scores.Length > 1 ? scores[1].Score : 0;
        var confidence = Math.Round(Math.Min(1.0, best.Score / 6.0) * (best.Score / (best.Score + runnerUp)), 2);
        return new Classification(best.Type, confidence, "keywords: " + string.Join(", ", best.Words));
    }

    /// <summary>The type of the first title among the page's first lines, or null.</summary>
    public static DocumentType? TitleOf(string page, ClassificationOptions options)
    {
        var titles = options.Titles.SelectMany(entry => entry.Value.Select(title => (Title: title.ToLowerInvariant(), Type: entry.Key))).ToArray();
        return Top(page.ToLowerInvariant()).Split('\n')
            .Select(line => Headings(line))
            .Select(headings => titles.Where(title => headings.Contains(title.Title)).Select(title => (DocumentType?)title.Type).FirstOrDefault())
            .FirstOrDefault(type => type is not null);
    }

    // A title heads its paper: only the first lines are looked at, so that a word alone on a line further down (a
    // table's "Order" column) names nothing.
    private const int HeadingLines = 12;

    private static string Top(string text) => string.Join('\n', text.Split('\n').Where(line => line.Trim().Length > 0).Take(HeadingLines));

    /// <summary>
    /// The lines that could be a title, and each part of a bilingual one ("rechnung / invoice") or of one that goes on
    /// after a dot or a dash ("proof · order 2026-000592").
    /// </summary>
    private static HashSet<string> Headings(string lower) =>
        lower.Split('\n')
            .Select(line => line.Trim(TitleTrim))
            .Where(line => line.Length is > 0 and <= 60)
            .SelectMany(line => TitleParts().Split(line).Append(line))
            .Select(part => part.Trim(TitleTrim))
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\s+[/·•|–-]\s+")]
    private static partial Regex TitleParts();
}
