using System.Text;

namespace DexFlow.Grains.Orders.ReadModel;

/// <summary>Turns what a person types into a safe full-text query that matches words by their beginning.</summary>
public static class SearchTerms
{
    public const int MaxTerms = 8;

    /// <summary><c>"acme  flyer"</c> becomes <c>acme:* &amp; flyer:*</c>; null when nothing searchable was typed.</summary>
    public static string? ToPrefixQuery(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var terms = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(word => new string(word.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant())
            .Where(word => word.Length > 0)
            .Distinct()
            .Take(MaxTerms)
            .Select(word => word + ":*")
            .ToArray();
        return terms.Length == 0 ? null : string.Join(" & ", terms);
    }
}
