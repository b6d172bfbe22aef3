using System.Globalization;
using System.Text.RegularExpressions;

namespace DexFlow.Grains.Indexing.Orders;

/// <summary>
/// A print job's values as customers write them, normalised to DexFlow's forms: quantities ("5.000", "5,000 pcs",
/// "5k" → 5000), sizes ("148 x 210 mm", "A5", "5.5 x 8.5 in" → "148x210"), colours ("4/4", "4c both sides", "full
/// colour front only" → "4/0"), paper ("Magno Satin, 170 g/m²", "150gsm Nordic Silk" → "Magno Satin 170 g/m2"),
/// pages, products and finishing by the lexicon's words. Each returns null for a value it cannot read.
/// </summary>
public static partial class SpecificationValues
{
    // ISO 216 A sizes, DL and US Letter, portrait, in millimetres.
    private static readonly Dictionary<string, string> NamedSizes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["A0"] = "841x1189", ["A1"] = "594x841", ["A2"] = "420x594", ["A3"] = "297x420", ["A4"] = "210x297", ["A5"] = "148x210", ["A6"] = "105x148", ["A7"] = "74x105",
        ["DL"] = "99x210", ["Letter"] = "216x279",
    };

    private static readonly char[] ClauseEnds = ['.', ',', ';', ':', '(', ')', '\t'];

    public static string? Quantity(string value)
    {
        // A count, with its unit at most: "1 - Business cards (85 x 55 mm)" is a table's row, not a quantity of 1.
        var match = Number().Match(value);
        if (!match.Success || Parenthesised().Replace(value[(match.Index + match.Length)..], " ").Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 1)
        {
            return null;
        }

        var digits = Grouping().Replace(match.Groups["n"].Value, "");
        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var quantity))
        {
            return null;
        }

        quantity *= match.Groups["k"].Success ? 1000 : 1;
        return quantity is >= 1 and <= 10_000_000 ? quantity.ToString(CultureInfo.InvariantCulture) : null;
    }

    /// <param name="byName">Whether a format's name alone ("A5", "DL") is a size: in a size's field it is; in running text "A5" may be anything.</param>
    public static string? Size(string value, bool byName = true)
    {
        if (Millimetres().Match(value) is { Success: true } mm)
        {
            return $"{mm.Groups["w"].Value}x{mm.Groups["h"].Value}";
        }

        if (Inches().Match(value) is { Success: true } inches)
        {
            return $"{ToMillimetres(inches.Groups["w"].Value)}x{ToMillimetres(inches.Groups["h"].Value)}";
        }

        return byName && SizeName().Match(value) is { Success: true } named ? NamedSizes[named.Groups["name"].Value] : null;
    }

    public static string? Colours(string value)
    {
        if (Fraction().Match(value) is { Success: true } fraction)
        {
            return $"{fraction.Groups["front"].Value}/{fraction.Groups["back"].Value}";
        }

        var lower = value.ToLowerInvariant();
        var front = FourColour().IsMatch(lower) ? 4 : Black().IsMatch(lower) ? 1 : 0;
        if (front == 0)
        {
            return null;
        }

        return BothSides().IsMatch(lower) ? $"{front}/{front}" : $"{front}/0";
    }

    /// <summary>A paper as a name and a grammage: "Magno Satin 170 g/m2"; the grammage alone when no name is given.</summary>
    public static string? Paper(string value)
    {
        var match = Grammage().Match(value);
        if (!match.Success)
        {
            return null;
        }

        // The name is next to the grammage, in the same clause: "Magno Satin, 170 g/m2", "150 g/m2 Nordic Silk", not
        // the next sentence's first word.
        var before = value[..match.Index].TrimEnd(' ', ',');
        var after = value[(match.Index + match.Length)..];
        var name = NameWords(before[(before.LastIndexOfAny(ClauseEnds) + 1)..], fromEnd: true);
        if (name.Length == 0)
        {
            name = NameWords(after.IndexOfAny(ClauseEnds) is var end and >= 0 ? after[..end] : after, fromEnd: false);
        }

        var grammage = $"{match.Groups["g"].Value} g/m2";
        return name.Length > 0 ? $"{name} {grammage}" : grammage;
    }

    public static string? Pages(string value) =>
        Number().Match(value) is { Success: true } match && !match.Groups["k"].Success
        && int.TryParse(Grouping().Replace(match.Groups["n"].Value, ""), NumberStyles.None, CultureInfo.InvariantCulture, out var pages) && pages is >= 1 and <= 2000
            ? pages.ToString(CultureInfo.InvariantCulture)
            : null;

    /// <summary>The product the lexicon names earliest in the value (the longest word where two start together).</summary>
    public static string? Product(string value, OrderLexicon lexicon) =>
        Words(value, lexicon.Products).Select(hit => hit.Canonical).FirstOrDefault();

    /// <summary>
    /// The operations named, in the order given, each once. A value naming every operation the lexicon knows, or
    /// naming several without a comma or an "and" between them, is a form's row of choices (its ticks are not text).
    /// </summary>
    public static string? Finishing(string value, OrderLexicon lexicon)
    {
        // "fold" begins "folder", a product, not an operation.
        var lower = value.ToLowerInvariant();
        var operations = Words(value, lexicon.Finishing)
            .Where(hit => !lexicon.Products.Keys.Any(product => lower.AsSpan(hit.Index).StartsWith(product, StringComparison.OrdinalIgnoreCase)))
            .Select(hit => hit.Canonical).Distinct().ToArray();
        var known = lexicon.Finishing.Values.Distinct().Count();
        var choices = (operations.Length == known && known >= 4) || (operations.Length >= 2 && !ListSeparator().IsMatch(value));
        return operations.Length == 0 || choices ? null : string.Join(", ", operations);
    }

    /// <summary>The lexicon's words in the value, by position, the longest where two start at the same place.</summary>
    internal static IEnumerable<(int Index, string Canonical)> Words(string value, Dictionary<string, string> words)
    {
        var lower = value.ToLowerInvariant();
        return words
            .SelectMany(word => Occurrences(lower, word.Key.ToLowerInvariant()).Select(index => (Index: index, Length: word.Key.Length, Canonical: word.Value)))
            .OrderBy(hit => hit.Index).ThenByDescending(hit => hit.Length)
            .Select(hit => (hit.Index, hit.Canonical));
    }

    // A word begins where a word begins; it may go on ("laminat" in "lamination", "fold" in "folded").
    private static IEnumerable<int> Occurrences(string lower, string word)
    {
        for (var at = lower.IndexOf(word, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !char.IsLetterOrDigit(lower[at - 1]))
            {
                yield return at;
            }
        }
    }

    private static string NameWords(string text, bool fromEnd)
    {
        var words = NameWord().Matches(text).Select(match => match.Value).ToList();
        if (fromEnd)
        {
            words.Reverse();
        }

        // Words in capitals or with a capital first, next to the grammage: "on Magno Satin 250 g/m2" is Magno Satin.
        var name = words.TakeWhile(word => char.IsUpper(word[0])).Take(4).ToList();
        if (fromEnd)
        {
            name.Reverse();
        }

        return string.Join(' ', name);
    }

    private static int ToMillimetres(string inches) =>
        double.TryParse(inches.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? (int)Math.Round(value * 25.4, MidpointRounding.AwayFromZero)
            : 0;

    /// <summary>Whether the text gives a size in inches (a US document).</summary>
    internal static bool HasInches(string text) => Inches().IsMatch(text);

    // A number standing alone: not the 5 of "A5" nor the 4s of "4/4"; grouped by dots, commas, apostrophes or spaces.
    [GeneratedRegex(@"(?<![\p{L}\d.,/])(?<n>[0-9]{1,3}(?:[.,'’ \u00A0\u202F][0-9]{3})+(?![0-9])|[0-9]+)(?:\s*(?<k>k)\b)?(?![.,]?[0-9]|/)", RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    [GeneratedRegex(@"\([^)]*\)?")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"[,;&+/]|\b(?:and|und|et|e|en)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"[.,'’ \u00A0\u202F]")]
    private static partial Regex Grouping();

    // OCR reads "mm" as "mn" now and then.
    [GeneratedRegex(@"(?<w>\d{2,4})\s*[x×]\s*(?<h>\d{2,4})\s*m[mn]\b", RegexOptions.IgnoreCase)]
    private static partial Regex Millimetres();

    [GeneratedRegex(@"(?<w>[0-9]{1,2}(?:[.,][0-9]{1,3})?)\s*[x×]\s*(?<h>[0-9]{1,2}(?:[.,][0-9]{1,3})?)(?:\s*(?:in\b|inch)|"")", RegexOptions.IgnoreCase)]
    private static partial Regex Inches();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<name>A[0-7]|DL|Letter)(?![\p{L}\d])", RegexOptions.IgnoreCase)]
    private static partial Regex SizeName();

    [GeneratedRegex(@"(?<![\d/.])(?<front>[0-8])\s*/\s*(?<back>[0-8])(?![\d/])")]
    private static partial Regex Fraction();

    [GeneratedRegex(@"\b(?:4\s*c\b|4-?colou?r|full[ -]colou?r|cmyk|vierfarbig|4-farbig|quadri|quadricromia|vierkleuren)")]
    private static partial Regex FourColour();

    [GeneratedRegex(@"\b(?:1\s*c\b|black|schwarz|noir|nero|zwart|mono)")]
    private static partial Regex Black();

    [GeneratedRegex(@"both sides|double[- ]sided|two[- ]sided|duplex|beidseitig|recto[- ]verso|fronte[- ]retro|dubbelzijdig|\bboth\b")]
    private static partial Regex BothSides();

    [GeneratedRegex(@"(?<![\d.,])(?<g>\d{2,3})\s*(?:g/m2|g/m²|g/qm|gsm|g\b|gr\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Grammage();

    [GeneratedRegex(@"[\p{L}][\p{L}\d'&-]*")]
    private static partial Regex NameWord();
}
