using System.Text.RegularExpressions;

namespace DexFlow.Grains.Search;

/// <summary>
/// The PostgreSQL text-search configuration a document's words are stemmed with: the language whose most common short
/// words the text uses most (English, German, French, Italian, Dutch), or "simple" when none stands out.
/// </summary>
public static partial class DocumentLanguage
{
    private static readonly (string Configuration, HashSet<string> Words)[] Languages =
    [
        ("english", ["the", "and", "of", "to", "for", "with", "is", "are", "this", "your", "please", "from", "on", "by"]),
        ("german", ["der", "die", "das", "und", "für", "mit", "ist", "sind", "nicht", "bitte", "ihre", "von", "zu", "auf", "den", "des"]),
        ("french", ["le", "la", "les", "et", "pour", "avec", "est", "sont", "une", "des", "du", "votre", "veuillez", "sur"]),
        ("italian", ["il", "lo", "gli", "e", "per", "con", "sono", "una", "della", "del", "vostro", "si", "prego", "che"]),
        ("dutch", ["de", "het", "een", "en", "voor", "met", "is", "zijn", "niet", "uw", "van", "te", "op", "graag"]),
    ];

    /// <summary>Reads at most this much text: the first pages say which language a document is in.</summary>
    private const int Sample = 20_000;

    public static string Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "simple";
        }

        var counts = new int[Languages.Length];
        foreach (Match word in Word().Matches(text.Length > Sample ? text[..Sample] : text))
        {
            var lower = word.Value.ToLowerInvariant();
            for (var i = 0; i < Languages.Length; i++)
            {
                if (Languages[i].Words.Contains(lower))
                {
                    counts[i]++;
                }
            }
        }

        var best = Array.IndexOf(counts, counts.Max());
        return counts[best] >= 3 ? Languages[best].Configuration : "simple";
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
