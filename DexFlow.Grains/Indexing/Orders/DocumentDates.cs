using System.Globalization;
using System.Text.RegularExpressions;

namespace DexFlow.Grains.Indexing.Orders;

/// <summary>
/// Dates as a document writes them: ISO, day first (Europe: 24.12.2026, 24/12/2026), month first (the US: 12/24/2026),
/// or with the month's name in English, German, French, Italian or Dutch. Whether "03/11/2026" is the 3rd of November
/// or the 11th of March is decided once per document: by a date on it that only reads one way, else by sizes in
/// inches or US Letter (a US document), else day first.
/// </summary>
public sealed partial class DocumentDates
{
    // Spelt out here: DexFlow runs with invariant globalization, which knows English month names only.
    private static readonly string[][] MonthWords =
    [
        ["january", "jan", "januar", "jänner", "janvier", "janv", "gennaio", "gen", "januari"],
        ["february", "feb", "februar", "février", "févr", "fevrier", "febbraio", "februari"],
        ["march", "mar", "märz", "maerz", "mär", "mars", "marzo", "maart", "mrt"],
        ["april", "apr", "avril", "avr", "aprile"],
        ["may", "mai", "maggio", "mag", "mei"],
        ["june", "jun", "juni", "juin", "giugno", "giu"],
        ["july", "jul", "juli", "juillet", "juil", "luglio", "lug"],
        ["august", "aug", "août", "aout", "agosto", "ago", "augustus"],
        ["september", "sep", "sept", "septembre", "settembre", "set"],
        ["october", "oct", "oktober", "okt", "octobre", "ottobre", "ott"],
        ["november", "nov", "novembre"],
        ["december", "dec", "dezember", "dez", "décembre", "déc", "dicembre", "dic"],
    ];

    private static readonly Dictionary<string, int> Months = MonthNames();

    private readonly bool _monthFirst;

    private DocumentDates(bool monthFirst) => _monthFirst = monthFirst;

    public static DocumentDates Of(string text)
    {
        foreach (Match match in Numeric().Matches(text))
        {
            if (match.Groups["sep"].Value == ".")
            {
                continue; // dots are only ever day first
            }

            // Only a date that is valid one way and not the other decides ("24/12", "12/24"; not a phone's "12-34-56").
            var (first, second) = (Int(match.Groups["a"].Value), Int(match.Groups["b"].Value));
            if (first is > 12 and <= 31 && second is >= 1 and <= 12)
            {
                return new DocumentDates(monthFirst: false);
            }

            if (second is > 12 and <= 31 && first is >= 1 and <= 12)
            {
                return new DocumentDates(monthFirst: true);
            }
        }

        return new DocumentDates(monthFirst: SpecificationValues.HasInches(text) || USLetter().IsMatch(text));
    }

    /// <summary>The last numeric date in a table's row (its date column comes last), as yyyy-MM-dd; null when it holds none.</summary>
    public string? ReadLast(string? row) =>
        row is null ? null : Numeric().Matches(row).Select(match => Read(match.Value)).LastOrDefault(date => date is not null);

    /// <summary>The first date in <paramref name="value"/>, as yyyy-MM-dd; null when it holds none.</summary>
    public string? Read(string value)
    {
        if (Iso().Match(value) is { Success: true } iso)
        {
            return Valid(Int(iso.Groups["y"].Value), Int(iso.Groups["m"].Value), Int(iso.Groups["d"].Value));
        }

        if (Numeric().Match(value) is { Success: true } numeric)
        {
            var (a, b) = (Int(numeric.Groups["a"].Value), Int(numeric.Groups["b"].Value));
            var year = Int(numeric.Groups["y"].Value) is var y && y < 100 ? 2000 + y : y;
            var monthFirst = _monthFirst && numeric.Groups["sep"].Value != ".";
            return monthFirst ? Valid(year, a, b) : Valid(year, b, a);
        }

        if (Named().Match(value) is { Success: true } named && Months.TryGetValue(named.Groups["month"].Value.ToLowerInvariant().TrimEnd('.'), out var month))
        {
            var day = named.Groups["d1"].Success ? named.Groups["d1"].Value : named.Groups["d2"].Value;
            return Valid(Int(named.Groups["y"].Value), month, Int(day));
        }

        return null;
    }

    // 0 for what is no number (a digit of another script), which no date has.
    private static int Int(string digits) => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static string? Valid(int year, int month, int day) =>
        year is >= 1990 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    private static Dictionary<string, int> MonthNames()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var month = 0; month < MonthWords.Length; month++)
        {
            foreach (var word in MonthWords[month])
            {
                months.TryAdd(word, month + 1);
            }
        }

        return months;
    }

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})-(?<m>\d{1,2})-(?<d>\d{1,2})(?!\d)")]
    private static partial Regex Iso();

    [GeneratedRegex(@"(?<![\d/.])(?<a>\d{1,2})(?<sep>[./-])(?<b>\d{1,2})\k<sep>(?<y>(?:19|20)?\d{2})(?![\d/])")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(?:(?<d1>\d{1,2})\.?\s+(?<month>[^\W\d_]{3,10}\.?)\s+(?<y>(?:19|20)\d{2})|(?<month>[^\W\d_]{3,10}\.?)\s+(?<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d{2}))")]
    private static partial Regex Named();

    [GeneratedRegex(@"\bUS Letter\b", RegexOptions.IgnoreCase)]
    private static partial Regex USLetter();
}
