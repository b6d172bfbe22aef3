using System.Text.RegularExpressions;

namespace DexFlow.Grains.Indexing.Invoices;

/// <summary>
/// VAT identification numbers printed after their label in any of the shop's languages ("VAT ID", "USt-IdNr.",
/// "BTW-nr", "P. IVA", "N° TVA", …). A value is taken only in its country's form, so an account or phone number behind
/// a similar label is not; the customer's own number ("your VAT ID") is passed over.
/// </summary>
public static partial class VatId
{
    /// <summary>The first VAT id of the issuer in the text, without spaces or dots ("GB294117750"), or null.</summary>
    public static string? FindIssuers(string text)
    {
        foreach (Match match in Labelled().Matches(text))
        {
            var line = LineAround(text, match.Index);
            if (TheirCustomers().IsMatch(line))
            {
                continue;
            }

            var value = Separators().Replace(Delimited().Match(match.Groups["value"].Value).Value, "").ToUpperInvariant();
            if (Form().Match(value) is { Success: true } form)
            {
                return form.Value;
            }
        }

        return null;
    }

    private static string LineAround(string text, int index)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var end = text.IndexOf('\n', index);
        return text[start..(end < 0 ? text.Length : end)];
    }

    [GeneratedRegex(@"\b(?:vat\s*(?:id|no\.?|number|reg(?:istration)?\.?\s*no\.?)|ust\.?\s*-?\s*id(?:\.?\s*-?\s*nr\.?)?|ustidnr\.?|umsatzsteuer-?id(?:entifikationsnummer)?|btw[\s-]*(?:nr\.?|nummer|id)|p\.?\s*iva|partita\s+iva|n°\s*tva|tva\s+intracom\w*|num[ée]ro\s+de\s+tva|uid(?:-nr\.?)?|nif|cif)\b\.?[\s:]*(?<value>[^\n]*)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"\b(?:your|customer|client|kunde|kunden|ihre|uw|vostra|votre)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TheirCustomers();

    // The value ends where the line's next item begins: a middle dot, a bar, a tab, a semicolon or a wider gap.
    [GeneratedRegex(@"^[^·|\t;]*?(?=\s{2,}|[·|\t;]|$)")]
    private static partial Regex Delimited();

    // Printed groupings, and a comma OCR may read into a gap.
    [GeneratedRegex(@"[\s.,\-]")]
    private static partial Regex Separators();

    // Each country's form (the EU's VIES formats and the UK's and Switzerland's), anchored at the start.
    [GeneratedRegex(@"^(?:ATU\d{8}|BE[01]\d{9}|CHE\d{9}(?:MWST|TVA|IVA)?|DE\d{9}|DK\d{8}|ES[A-Z0-9]\d{7}[A-Z0-9]|FI\d{8}|FR[A-Z0-9]{2}\d{9}|GB(?:\d{12}|\d{9})|IE\d[A-Z0-9+*]\d{5}[A-Z]{1,2}|IT\d{11}|LU\d{8}|NL\d{9}B\d{2}|PL\d{10}|PT\d{9}|SE\d{12})(?!\d)")]
    private static partial Regex Form();
}
