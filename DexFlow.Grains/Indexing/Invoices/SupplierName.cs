using System.Text.RegularExpressions;

namespace DexFlow.Grains.Indexing.Invoices;

/// <summary>
/// A supplier prints its name more than once: in the letterhead, before its address on the return line, before its VAT
/// id in the footer. The letterhead is read first, but a logo beside it can be read as letters ("ft Ei Fennwick &amp; Cole
/// …"); the name is confirmed where the text gives it again, as the first item of a line.
/// </summary>
public static partial class SupplierName
{
    /// <summary>
    /// The name the text gives most often among the letterhead and the lines that begin with the letterhead's name (or
    /// with its end, when something was read before it), and whether it was given more than once; null when there is
    /// no letterhead.
    /// </summary>
    public static (string Name, bool Confirmed)? Confirm(string letterhead, string text)
    {
        var key = Key(letterhead);
        if (key.Length == 0)
        {
            return null;
        }

        var repeats = text.Split('\n')
            .Select(line => FirstItem().Match(line).Value.Trim())
            .Select(item => item[item.TakeWhile(Sign).Count()..])
            .Where(item => Key(item) is { Length: >= 8 } itemKey && key.EndsWith(itemKey, StringComparison.Ordinal))
            .ToList();
        if (repeats.Count < 2)
        {
            return (Tidy(letterhead), false);
        }

        // The spelling given most often; among equals, the fullest, so that a name is not cut to its end, and one that
        // begins as a name does.
        var name = repeats.GroupBy(item => item, StringComparer.Ordinal)
            .OrderByDescending(group => group.Count()).ThenByDescending(group => Key(group.Key).Length)
            .ThenByDescending(group => char.IsUpper(group.Key[0]))
            .First().Key;
        return (Tidy(name), true);
    }

    // Legal forms OCR misreads most: a comma for a dot, "1" or "I" for "l".
    private static readonly Dictionary<string, string> LegalForms = new(StringComparer.Ordinal)
    {
        ["srl"] = "S.r.l.", ["spa"] = "S.p.A.", ["bv"] = "B.V.", ["nv"] = "N.V.", ["gmbh"] = "GmbH", ["ag"] = "AG", ["kg"] = "KG",
        ["ltd"] = "Ltd", ["sa"] = "S.A.", ["sarl"] = "S.à r.l.", ["llc"] = "LLC", ["inc"] = "Inc.",
    };

    /// <summary>A name as printed: a capital first (a logo's letters are often read small) and its legal form spelt right.</summary>
    private static string Tidy(string name)
    {
        var tidy = char.IsLower(name[0]) ? char.ToUpperInvariant(name[0]) + name[1..] : name;
        var last = tidy.LastIndexOf(' ') + 1;
        var form = tidy[last..];
        var key = string.Concat(form.Select(character => character is '1' or 'I' or '|' ? 'l' : char.ToLowerInvariant(character)).Where(char.IsLetter));
        if (last == 0 || !LegalForms.TryGetValue(key, out var spelt))
        {
            return tidy;
        }

        var misread = form.Any(character => char.IsDigit(character) || character is '|' or ',') || Key(form) != Key(spelt);
        return misread
            ? tidy[..last] + spelt
            : tidy;
    }

    private static bool Sign(char character) => !char.IsLetterOrDigit(character);

    // Letters and digits only: OCR reads the same name with other punctuation ("B.V," for "B.V.").
    private static string Key(string name) => string.Concat(name.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    // A line's first item ends at a middle dot, a bar, a tab, or a dash or plus between spaces (OCR's middle dot).
    [GeneratedRegex(@"^[^·|\t]*?(?=\s[-+–]\s|[·|\t]|$)")]
    private static partial Regex FirstItem();
}
