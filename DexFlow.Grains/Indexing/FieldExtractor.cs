using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using DexFlow.Contracts.Documents;

namespace DexFlow.Grains.Indexing;

/// <summary>
/// Extracts fields from a document's text with the configured patterns, normalising values (ISO dates, decimal
/// amounts with a dot, sizes "210x297", colours "4/4"). A field's confidence is its pattern's, scaled by how well
/// the text was read. Order numbers from DexFlow barcodes are certain and come first.
/// </summary>
public static partial class FieldExtractor
{
    private static readonly ConcurrentDictionary<string, Regex> Compiled = new();

    private static readonly string[] DateFormats =
    [
        "dd.MM.yyyy", "d.M.yyyy", "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd-MM-yyyy", "d MMMM yyyy", "dd MMMM yyyy", "d MMM yyyy", "dd.MM.yy",
    ];

    public static IReadOnlyList<FieldValue> Extract(string text, double textConfidence, string? barcodeOrder, ExtractionOptions options)
    {
        var fields = new List<FieldValue>();
        if (barcodeOrder is not null)
        {
            fields.Add(new FieldValue(FieldNames.OrderNumber, barcodeOrder, 1.0, "barcode"));
        }

        foreach (var (name, patterns) in options.Patterns)
        {
            if (fields.Any(field => field.Name == name))
            {
                continue;
            }

            foreach (var pattern in patterns)
            {
                var match = Compiled.GetOrAdd(pattern.Pattern, p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
                    .Match(text);
                var raw = match.Success ? match.Groups.Cast<Group>().Skip(1).FirstOrDefault(group => group.Success)?.Value : null;
                if (raw is not null && Normalise(raw.Trim(), pattern.Format) is { } value)
                {
                    fields.Add(new FieldValue(name, value, Math.Round(pattern.Confidence * textConfidence, 2), "text"));
                    break;
                }
            }
        }

        return fields;
    }

    public static string? Normalise(string raw, FieldFormat format) => format switch
    {
        FieldFormat.Integer => int.TryParse(Digits().Replace(raw, ""), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number.ToString(CultureInfo.InvariantCulture)
            : null,
        FieldFormat.Date => DateTime.TryParseExact(raw, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null,
        FieldFormat.Amount => Amount(raw),
        FieldFormat.Size => Spaces().Replace(raw, "").Replace('×', 'x').ToLowerInvariant(),
        FieldFormat.Colours => Spaces().Replace(raw, ""),
        FieldFormat.Currency => raw switch { "€" => "EUR", "£" => "GBP", "$" => "USD", _ => raw.ToUpperInvariant() },
        _ => raw.Length is > 0 and <= 200 ? raw : null,
    };

    /// <summary>"1.234,50" and "1,234.50" are both 1234.50: the last separator followed by two digits is the decimal point.</summary>
    private static string? Amount(string raw)
    {
        var cleaned = raw.Replace(" ", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal);
        var last = cleaned.LastIndexOfAny(['.', ',']);
        string normalised;
        if (last >= 0 && cleaned.Length - last - 1 == 2)
        {
            normalised = cleaned[..last].Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal) + "." + cleaned[(last + 1)..];
        }
        else
        {
            normalised = cleaned.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        }

        return decimal.TryParse(normalised, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            ? amount.ToString("0.00", CultureInfo.InvariantCulture)
            : null;
    }

    [GeneratedRegex(@"[^\d]")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
