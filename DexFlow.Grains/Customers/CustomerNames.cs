using System.Collections.Frozen;
using System.Text;

namespace DexFlow.Grains.Customers;

/// <summary>
/// Customer names folded for matching: "ACME Print GmbH & Co. KG", "Acme Print" and "acme-print gmbh" are one name.
/// Legal forms are dropped only at the end of a name, so "SA Print Works" keeps its "sa".
/// </summary>
public static class CustomerNames
{
    // Legal forms of the countries the shop's documents come from, folded as MatchKey folds them.
    private static readonly string[][] LegalForms = new[]
    {
        "gmbh", "gmbh co kg", "co kg", "kg", "ag", "ohg", "ug", "ug haftungsbeschrankt", "e k", "ek", "e v", "ev", "gbr", "mbh",
        "ltd", "limited", "plc", "llp", "llc", "inc", "incorporated", "corp", "corporation", "co", "company",
        "sa", "sas", "sarl", "s a", "s a s", "s a r l", "eurl", "snc", "spa", "s p a", "srl", "s r l",
        "bv", "b v", "nv", "n v", "vof", "cv",
        "ab", "as", "a s", "oy", "aps", "kft", "sp z o o", "s r o", "sro",
    }.Select(form => form.Split(' ')).OrderByDescending(words => words.Length).ToArray();

    // Letters with accents as plain ones. DexFlow runs with invariant globalization, without Unicode decomposition data,
    // so the letters of the European languages its customers write in are listed.
    private static readonly FrozenDictionary<char, string> Plain = new (string Letters, string As)[]
    {
        ("àáâãäåāăą", "a"), ("çćčĉ", "c"), ("ďđ", "d"), ("èéêëēėęěĕ", "e"), ("ğĝ", "g"), ("ìíîïīį", "i"), ("ł", "l"), ("ñńňņ", "n"),
        ("òóôõöøōő", "o"), ("ŕř", "r"), ("śšşș", "s"), ("ţťț", "t"), ("ùúûüūůűų", "u"), ("ýÿ", "y"), ("źżž", "z"),
        ("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("þ", "th"),
    }.SelectMany(group => group.Letters.Select(letter => (letter, group.As))).ToFrozenDictionary(pair => pair.letter, pair => pair.As);

    /// <summary>Lower case, accents and punctuation out, blanks single, trailing legal forms and "&amp;" dropped.</summary>
    public static string MatchKey(string name)
    {
        var words = Words(name);
        var dropped = true;
        while (dropped && words.Count > 1)
        {
            dropped = false;
            foreach (var form in LegalForms)
            {
                if (words.Count > form.Length && words.TakeLast(form.Length).SequenceEqual(form))
                {
                    words.RemoveRange(words.Count - form.Length, form.Length);
                    dropped = true;
                    break;
                }
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>How alike two match keys are, 0 to 1: the Dice coefficient of their letter pairs, blanks ignored.</summary>
    public static double Similarity(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        if (a == b)
        {
            return 1;
        }

        var pairsA = Pairs(a);
        var pairsB = Pairs(b);
        if (pairsA.Count == 0 || pairsB.Count == 0)
        {
            return 0;
        }

        var remaining = pairsB.ToList();
        var shared = 0;
        foreach (var pair in pairsA)
        {
            if (remaining.Remove(pair))
            {
                shared++;
            }
        }

        return 2.0 * shared / (pairsA.Count + pairsB.Count);
    }

    private static List<string> Words(string name)
    {
        var folded = new StringBuilder(name.Length);
        foreach (var character in name.ToLowerInvariant())
        {
            if (Plain.TryGetValue(character, out var plain))
            {
                folded.Append(plain);
            }
            else
            {
                folded.Append(char.IsLetterOrDigit(character) ? character : ' ');
            }
        }

        return [.. folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }

    private static List<string> Pairs(string key)
    {
        var pairs = new List<string>();
        foreach (var word in key.Split(' '))
        {
            for (var i = 0; i + 1 < word.Length; i++)
            {
                pairs.Add(word.Substring(i, 2));
            }
        }

        return pairs;
    }
}
