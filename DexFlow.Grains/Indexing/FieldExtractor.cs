using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using DexFlow.Contracts.Documents;
using DexFlow.Grains.Indexing.Invoices;
using DexFlow.Grains.Indexing.Orders;

namespace DexFlow.Grains.Indexing;

/// <summary>
/// Extracts fields from a document's text with the configured patterns, normalising values (ISO dates, decimal
/// amounts with a dot, sizes "210x297", colours "4/4"). A field's confidence is its pattern's, scaled by how well
/// the text was read. Order numbers from DexFlow barcodes are certain and come first. On invoices, the totals are
/// checked against each other (<see cref="InvoiceTotals"/>): amounts that add up are worth more than any one pattern,
/// amounts that do not are worth less, so that a clerk looks at them. A customer's order is read by
/// <see cref="PrintOrderReader"/>.
/// </summary>
public static partial class FieldExtractor
{
    private static readonly ConcurrentDictionary<string, Regex> Compiled = new();

    private static readonly string[] DateFormats =
    [
        "dd.MM.yyyy", "d.M.yyyy", "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd-MM-yyyy", "d MMMM yyyy", "dd MMMM yyyy", "d MMM yyyy", "dd.MM.yy",
    ];

    public static IReadOnlyList<FieldValue> Extract(
        string text, double textConfidence, string? barcodeOrder, ExtractionOptions options, DocumentType? type = null)
    {
        var fields = new List<FieldValue>();
        if (barcodeOrder is not null)
        {
            fields.Add(new FieldValue(FieldNames.OrderNumber, barcodeOrder, 1.0, "barcode"));
        }

        var invoice = type is DocumentType.Invoice or DocumentType.PrepaymentInvoice or DocumentType.CreditNote;
        var supplierInvoice = barcodeOrder is null && type is DocumentType.Invoice or DocumentType.CreditNote;
        foreach (var (name, patterns) in options.Patterns)
        {
            // The customer of a supplier's invoice is the shop itself: its letterhead is the supplier's.
            if (fields.Any(field => field.Name == name) || (supplierInvoice && name == FieldNames.CustomerName))
            {
                continue;
            }

            foreach (var pattern in patterns.Where(pattern => pattern.Scope switch
                     {
                         PatternScope.Invoices => invoice,
                         PatternScope.SupplierInvoices => supplierInvoice,
                         _ => true,
                     }))
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

        if (supplierInvoice)
        {
            Identifiers(fields, text, textConfidence);
        }

        // A customer's order is read by what orders say, not by the patterns for any document: those would take a
        // letter's "Dear Sir or Madam" for its customer.
        if (type is DocumentType.OrderForm && barcodeOrder is null)
        {
            var order = PrintOrderReader.Read(text, textConfidence, options.Orders);
            fields.RemoveAll(field => PrintOrderReader.Fields.Contains(field.Name));
            fields.AddRange(order);
        }

        if (InvoiceTotals.Read(text, options.Totals) is { } totals && (invoice || totals.Checked != InvoiceTotals.Agreement.None))
        {
            Totals(fields, totals, textConfidence);
        }

        return fields;
    }

    /// <summary>
    /// The supplier's name as the text repeats it, its IBAN (only with check digits that hold) and VAT id (only in its
    /// country's form).
    /// </summary>
    private static void Identifiers(List<FieldValue> fields, string text, double textConfidence)
    {
        var supplier = fields.FindIndex(field => field.Name == FieldNames.SupplierName);
        if (supplier >= 0 && SupplierName.Confirm(fields[supplier].Value, text) is var (name, confirmed))
        {
            fields[supplier] = fields[supplier] with { Value = name, Confidence = confirmed ? Math.Round(0.9 * textConfidence, 2) : fields[supplier].Confidence };
        }

        if (Iban.Find(text).FirstOrDefault() is { } iban)
        {
            fields.Add(new FieldValue(FieldNames.Iban, iban, Math.Round(0.95 * textConfidence, 2), "text"));

            // A BIC names its bank's country in letters 5 and 6; one that disagrees with the IBAN's was misread.
            var bic = fields.FindIndex(field => field.Name == FieldNames.Bic);
            if (bic >= 0 && fields[bic].Value[4..6] != iban[..2])
            {
                fields[bic] = fields[bic] with { Confidence = Math.Round(fields[bic].Confidence / 2, 2) };
            }
        }

        if (VatId.FindIssuers(text) is { } vatId)
        {
            fields.Add(new FieldValue(FieldNames.SupplierVatId, vatId, Math.Round(0.9 * textConfidence, 2), "text"));
        }
    }

    /// <summary>
    /// Totals that agree replace what the amount patterns found. Totals that do not are guesses: they fill what the
    /// patterns left empty, and every amount is then worth less than a clerk's review threshold.
    /// </summary>
    private static void Totals(List<FieldValue> fields, InvoiceTotals totals, double textConfidence)
    {
        var agreeing = totals.Checked != InvoiceTotals.Agreement.None;
        var confidence = Math.Round(textConfidence * totals.Checked switch
        {
            InvoiceTotals.Agreement.Both => 0.97,
            InvoiceTotals.Agreement.Sum => 0.9,
            _ => 0.45,
        }, 2);
        Set(FieldNames.NetAmount, totals.Net);
        Set(FieldNames.VatAmount, totals.Vat);
        Set(FieldNames.GrossAmount, totals.Gross);
        Set(FieldNames.VatRate, totals.Rate, "0.##");

        void Set(string name, decimal? value, string format = "0.00")
        {
            var found = fields.FindIndex(field => field.Name == name);
            if (found >= 0 && !agreeing)
            {
                fields[found] = fields[found] with { Confidence = Math.Min(fields[found].Confidence, confidence) };
                return;
            }

            if (value is { } known)
            {
                var field = new FieldValue(name, known.ToString(format, CultureInfo.InvariantCulture), confidence, "text");
                if (found >= 0)
                {
                    fields[found] = field;
                }
                else
                {
                    fields.Add(field);
                }
            }
        }
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
        FieldFormat.Code => Spaces().Replace(raw, "").ToUpperInvariant(),
        _ => raw.Length is > 0 and <= 200 ? raw : null,
    };

    /// <summary>"1.234,50" and "1,234.50" are both 1234.50: the last separator followed by two digits is the decimal point.</summary>
    private static string? Amount(string raw)
    {
        var cleaned = string.Concat(raw.Where(character => character is not (' ' or '\'' or '\u00A0' or '\u202F')));
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
