using System.Text.RegularExpressions;

namespace DexFlow.Grains.Indexing.Invoices;

/// <summary>What an invoice's totals line says it holds.</summary>
public enum TotalKind
{
    Other,
    Net,
    Vat,
    Gross,
}

/// <summary>
/// The words that label an invoice's totals lines, in English, German, French, Italian and Dutch
/// (<c>DexFlow:Indexing:Extraction:Totals</c>). A label that says "including" or "due" is the gross; one that says
/// "excluding" or "net" the net, even when it also names the VAT ("Totaal excl. BTW"); then VAT; then a bare "total"
/// is the gross.
/// </summary>
public sealed class TotalsLexicon
{
    public List<string> Gross { get; set; } =
    [
        "incl", "inkl", "including", "inclusive", "ttc", "gross", "brutto", "gesamtbetrag", "rechnungsbetrag", "endbetrag",
        "amount due", "balance due", "total due", "to pay", "zu zahlen", "te betalen", "da pagare", "à payer", "a payer", "grand total",
    ];

    public List<string> Net { get; set; } =
    [
        "net", "netto", "nett", "subtotal", "sub-total", "sub total", "zwischensumme", "nettobetrag", "warenwert", "excl", "exkl",
        "excluding", "exclusive", "imponibile", "ht", "hors taxe", "hors taxes", "taxable amount",
    ];

    public List<string> Vat { get; set; } =
    [
        "vat", "mwst", "ust", "umsatzsteuer", "mehrwertsteuer", "btw", "iva", "tva", "sales tax", "tax",
    ];

    public List<string> Total { get; set; } =
    [
        "total", "totale", "totaal", "summe", "gesamt", "montant total", "importo totale", "betrag",
    ];

    /// <summary>Labels of identifiers that carry figures like amounts ("VAT ID", "Tax number").</summary>
    public List<string> Identifiers { get; set; } = ["vat id", "vat no", "vat number", "vat reg", "tax id", "tax number", "ust-id", "ustid", "btw-nr", "btw nr", "p. iva", "partita iva", "iban"];

    private Regex[]? compiled;

    /// <summary>What a lower-cased label names.</summary>
    public TotalKind Classify(string label)
    {
        // Built once, after configuration has filled the lists.
        compiled ??= [Words(Gross), Words(Net), Words(Vat), Words(Total)];
        return compiled[0].IsMatch(label) ? TotalKind.Gross
            : compiled[1].IsMatch(label) ? TotalKind.Net
            : compiled[2].IsMatch(label) ? TotalKind.Vat
            : compiled[3].IsMatch(label) ? TotalKind.Gross
            : TotalKind.Other;
    }

    public bool IsIdentifier(string label) => Identifiers.Exists(word => label.Contains(word, StringComparison.Ordinal));

    // Whole words only: "net" is not in "cabinet", "ust" not in "August".
    private static Regex Words(List<string> words) =>
        new($@"(?<!\p{{L}})(?:{string.Join('|', words.Select(Regex.Escape))})(?!\p{{L}})", RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
