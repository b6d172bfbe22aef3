using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace DexFlow.Grains.Indexing.Invoices;

/// <summary>
/// International bank account numbers (ISO 13616): a country, two check digits and the account, printed in groups of
/// four. Only a number whose check digits hold is taken, so a misread digit gives no IBAN rather than a wrong one.
/// </summary>
public static partial class Iban
{
    // Lengths of the countries a print shop's suppliers usually bank in. Another country's number is taken only after
    // the word IBAN on its line, and only as printed in groups: with any length allowed, one string in a few dozen
    // would pass the check by chance.
    private static readonly FrozenDictionary<string, int> Lengths = new Dictionary<string, int>
    {
        ["AT"] = 20, ["BE"] = 16, ["CH"] = 21, ["CZ"] = 24, ["DE"] = 22, ["DK"] = 18, ["ES"] = 24, ["FI"] = 18,
        ["FR"] = 27, ["GB"] = 22, ["IE"] = 22, ["IT"] = 27, ["LI"] = 21, ["LU"] = 20, ["NL"] = 18, ["NO"] = 15,
        ["PL"] = 28, ["PT"] = 25, ["SE"] = 24, ["SI"] = 19, ["SK"] = 24,
    }.ToFrozenDictionary();

    /// <summary>The IBANs printed in the text, in order, each without spaces and in capitals.</summary>
    public static IEnumerable<string> Find(string text)
    {
        var upper = text.ToUpperInvariant();
        foreach (Match match in Candidate().Matches(upper))
        {
            // The match may run on into the next word ("… 6705 58 BIC …"): the longest prefix whose check holds wins.
            var compact = match.Value.Replace(" ", "", StringComparison.Ordinal);
            int[] lengths = Lengths.TryGetValue(compact[..2], out var known)
                ? [known]
                : Labelled(upper, match.Index) ? GroupEnds(match.Value) : [];
            if (lengths.Where(length => length <= compact.Length).OrderDescending().FirstOrDefault(length => IsValid(compact[..length])) is > 0 and var found)
            {
                yield return compact[..found];
            }
        }
    }

    private static bool Labelled(string text, int index)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        return text.AsSpan(lineStart, index - lineStart).Contains("IBAN", StringComparison.Ordinal);
    }

    // The lengths at which the printed groups end ("NO93 8601 1117 947" ends at 4, 8, 12 and 15 characters).
    private static int[] GroupEnds(string printed)
    {
        var ends = new List<int>();
        var length = 0;
        foreach (var group in printed.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            length += group.Length;
            ends.Add(length);
        }

        return [.. ends];
    }

    /// <summary>Whether the check digits hold: the number, its first four characters moved to the end and letters read as 10–35, leaves 1 when divided by 97.</summary>
    public static bool IsValid(string compact)
    {
        if (compact.Length is < 15 or > 34 || !char.IsAsciiLetterUpper(compact[0]) || !char.IsAsciiLetterUpper(compact[1])
            || !char.IsAsciiDigit(compact[2]) || !char.IsAsciiDigit(compact[3])
            || (Lengths.TryGetValue(compact[..2], out var length) && compact.Length != length))
        {
            return false;
        }

        var remainder = 0;
        foreach (var character in compact[4..] + compact[..4])
        {
            if (char.IsAsciiDigit(character))
            {
                remainder = (remainder * 10 + (character - '0')) % 97;
            }
            else if (char.IsAsciiLetterUpper(character))
            {
                remainder = (remainder * 100 + (character - 'A' + 10)) % 97;
            }
            else
            {
                return false;
            }
        }

        return remainder == 1;
    }

    [GeneratedRegex(@"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,32}")]
    private static partial Regex Candidate();
}
