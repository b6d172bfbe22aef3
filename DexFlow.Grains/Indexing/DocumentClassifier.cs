using DexFlow.Contracts.Documents;

namespace DexFlow.Grains.Indexing;

/// <summary>
/// Decides a document's type and says why: a cover sheet's <c>DXF-T-</c> code is certain; otherwise the weighted
/// keywords of <see cref="ClassificationOptions"/> are counted, and the confidence reflects how clearly the best type
/// wins over the runner-up.
/// </summary>
public static class DocumentClassifier
{
    public sealed record Classification(DocumentType? Type, double Confidence, string Reason);

    public static Classification Classify(string text, DocumentType? coverType, ClassificationOptions options)
    {
        if (coverType is { } covered)
        {
            return new Classification(covered, 1.0, "cover sheet barcode");
        }

        var lower = text.ToLowerInvariant();
        var scores = options.Keywords
            .Select(entry =>
            {
                var matched = entry.Value.Where(keyword => lower.Contains(keyword.Key, StringComparison.Ordinal)).ToArray();
                return (Type: entry.Key, Score: matched.Sum(keyword => keyword.Value), Words: matched.Select(keyword => keyword.Key.Trim()).ToArray());
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
        return new Classification(best.Type, confidence, "keywords: " + string.Join(", ", best.Words.Select(word => $"'{word}'")));
    }
}
