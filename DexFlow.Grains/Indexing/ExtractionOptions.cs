using DexFlow.Contracts.Documents;
using DexFlow.Grains.Indexing.Invoices;
using DexFlow.Grains.Indexing.Orders;

namespace DexFlow.Grains.Indexing;

/// <summary>
/// Field extraction patterns (<c>DexFlow:Indexing:Extraction</c>): per field, patterns tried in order; the first that
/// matches wins, among those whose scope takes the document. Order numbers on DexFlow barcodes and in an e-mail subject,
/// IBANs (their check digits), VAT ids (their country's form) and invoice totals (<see cref="Totals"/>) are found in code.
/// </summary>
public sealed class ExtractionOptions
{
    // OCR may read a colon as ":." or ".:".
    private const string Value = @"[ \t]*[:.]{0,2}[ \t]*";

    // The letterhead: the first real line, after a fax machine's header line and any specks or a logo read as signs
    // (lines of a character or two, or of signs only, and up to three signs before the name), without specks after it.
    private const string Letterhead = @"\A(?:\s*\d{2}-[A-Z]{3}-\d{4}[^\n]*\n)?(?:[^\w\n]*\n|[ \t]*(?:\w\S?|\S\w)[ \t]*\n)*\s*(?:[^\sA-Z0-9]{1,3}[ \t]+)?([A-Z][^\t\n]{2,80}?)(?:[ \t]+[^\w\s]{1,2})*\s*$";

    // A label starts its line or its column, and a bilingual one names its field last ("Factuurdatum / Date:").
    private const string LabelStart = @"(?:^|\t)[ \t]*(?:[^\n:\t/]{0,30}/[ \t]*)?";

    private const string Date = @"(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.? [A-Za-z]+ \d{4}|[A-Za-z]+ \d{1,2}, \d{4})";

    public Dictionary<string, List<FieldPattern>> Patterns { get; set; } = new()
    {
        [FieldNames.OrderNumber] =
        [
            new() { Pattern = @"\border\s*(?:no\.?|number|nr\.?)?\s*[:#]?\s*(20\d{2}-\d{6})\b", Confidence = 0.9 },
        ],
        [FieldNames.CustomerName] =
        [
            new() { Pattern = @"^\s*customer" + Value + @"(\S[^\t\n]*?)\s*$", Confidence = 0.85 },
            new() { Pattern = @"^\s*(?:ordered by|customer)\s*:?\s*\n\s*(\S[^\t\n]*?)\s*$", Confidence = 0.8 },
            new() { Pattern = Letterhead, Confidence = 0.65 },
        ],
        [FieldNames.CustomerReference] =
        [
            new() { Pattern = @"\b(?:your reference|our reference|po number|purchase order no\.?|purchase order|po no\.?)" + Value + @"([A-Z0-9][A-Z0-9/\-]{2,})", Confidence = 0.85 },
        ],
        [FieldNames.Quantity] = [new() { Pattern = @"^\s*quantity" + Value + @"([\d.,' ]+\d)", Format = FieldFormat.Integer, Confidence = 0.85 }],
        [FieldNames.Product] = [new() { Pattern = @"^\s*product" + Value + @"([A-Za-z][^\t\n]*?)\s*$", Confidence = 0.8 }],
        [FieldNames.FinishedSize] = [new() { Pattern = @"(\d{2,4}\s*[x×]\s*\d{2,4})\s*mm", Format = FieldFormat.Size, Confidence = 0.75 }],
        [FieldNames.Colours] = [new() { Pattern = @"\bcolou?rs?" + Value + @"([0-8]\s*/\s*[0-8])\b", Format = FieldFormat.Colours, Confidence = 0.85 }],
        [FieldNames.Paper] = [new() { Pattern = @"^\s*(?:paper|stock)" + Value + @"([^\t\n]*?\d{2,3}\s*(?:g/m2|g/m²|gsm|g))\s*$", Confidence = 0.8 }],
        [FieldNames.DueDate] =
        [
            // An invoice is due for payment. A label of more than one word is found anywhere on its line (OCR joins a
            // page's columns into one line); "due" alone only where a label starts.
            new() { Pattern = @"(?:\b(?:payment due|due date|zahlbar bis|fällig am|zahlungsziel|vervaldatum|scadenza|échéance)|" + LabelStart + @"(?:due|fällig))" + Value + Date, Format = FieldFormat.Date, Confidence = 0.85, Scope = PatternScope.Invoices },
            new() { Pattern = @"\b(?:due date|delivery date|required by|deliver by)" + Value + Date, Format = FieldFormat.Date, Confidence = 0.85 },
        ],
        [FieldNames.InvoiceDate] =
        [
            new() { Pattern = @"(?:\b(?:invoice date|date of invoice|rechnungsdatum|factuurdatum|data fattura|date de (?:la )?facture|fecha de factura)|" + LabelStart + @"(?:datum|data|date|fecha))" + Value + Date, Format = FieldFormat.Date, Confidence = 0.85, Scope = PatternScope.Invoices },
        ],
        [FieldNames.SupplierName] = [new() { Pattern = Letterhead, Confidence = 0.7, Scope = PatternScope.SupplierInvoices }],
        [FieldNames.Bic] = [new() { Pattern = @"\b(?:BIC|SWIFT(?:/BIC)?(?: code)?)" + Value + @"([A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)\b", Format = FieldFormat.Code, Confidence = 0.85, Scope = PatternScope.SupplierInvoices }],
        [FieldNames.InvoiceNumber] = [new() { Pattern = @"\b(?:invoice (?:no\.?|number|nr\.?|#)|credit note (?:no\.?|number)|rechnungs-?(?:nr\.?|nummer)|gutschrifts?-?(?:nr\.?|nummer)|factuurnummer|creditnota(?:nummer)?|fattura n\.?|numero (?:della )?fattura|nota di credito n\.?|facture n[°o]\.?|num[ée]ro de facture|avoir n[°o]\.?)(?:[ \t]*/[ \t]*(?:invoice|credit note) (?:no\.?|number))?" + Value + @"([A-Z0-9][A-Z0-9/\-]{2,})", Confidence = 0.85 }],
        [FieldNames.NetAmount] = [new() { Pattern = @"\b(?:net amount|net total|subtotal|total net)[^\n\d]{0,20}([\d.,]+\d)", Format = FieldFormat.Amount, Confidence = 0.8 }],
        // An amount with its decimals, never the rate before it ("VAT 19 %" alone gives none).
        [FieldNames.VatAmount] = [new() { Pattern = @"\b(?:vat|ust\.?|mwst\.?|btw)\b[^\n\d]{0,20}(?:\d{1,2}(?:[.,]\d+)?\s*%[^\n\d]{0,10})?(\d[\d.,']*[.,]\d{2})(?!\d|\s*%)", Format = FieldFormat.Amount, Confidence = 0.75 }],
        [FieldNames.GrossAmount] = [new() { Pattern = @"\b(?:gross total|total due|amount due|invoice total|total amount|grand total|total)\b[^\n\d]{0,20}([\d.,]+\d)", Format = FieldFormat.Amount, Confidence = 0.75 }],
        [FieldNames.Currency] = [new() { Pattern = @"\b(EUR|GBP|USD|CHF)\b|([€£$])", Format = FieldFormat.Currency, Confidence = 0.7 }],
    };

    public TotalsLexicon Totals { get; set; } = new();

    /// <summary>The labels and words of customers' print orders.</summary>
    public OrderLexicon Orders { get; set; } = new();
}
