using DexFlow.Contracts.Documents;

namespace DexFlow.Grains.Indexing;

/// <summary>
/// Field extraction patterns (<c>DexFlow:Indexing:Extraction</c>): per field, patterns tried in order; the first that
/// matches wins. Order numbers on DexFlow barcodes and in an e-mail subject are found without patterns.
/// </summary>
public sealed class ExtractionOptions
{
    private const string Value = @"[ \t]*[:.]?[ \t]*";

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
            // The letterhead: the first real line, after a fax machine's header line and any specks read as letters.
            new() { Pattern = @"\A(?:\s*\d{2}-[A-Z]{3}-\d{4}[^\n]*\n)?(?:[ \t]*\S{0,2}[ \t]*\n)*\s*([A-Z][^\t\n]{2,80}?)\s*$", Confidence = 0.65 },
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
        [FieldNames.DueDate] = [new() { Pattern = @"\b(?:due date|delivery date|required by|deliver by)" + Value + @"(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2} [A-Za-z]+ \d{4})", Format = FieldFormat.Date, Confidence = 0.85 }],
        [FieldNames.InvoiceNumber] = [new() { Pattern = @"\b(?:invoice (?:no\.?|number)|rechnungs-nr\.?(?: / invoice no\.?)?|factuurnummer(?: / invoice no\.?)?|credit note no\.?)" + Value + @"([A-Z0-9][A-Z0-9/\-]{2,})", Confidence = 0.85 }],
        [FieldNames.NetAmount] = [new() { Pattern = @"\b(?:net amount|net total|subtotal|total net)[^\n\d]{0,20}([\d.,]+\d)", Format = FieldFormat.Amount, Confidence = 0.8 }],
        [FieldNames.VatAmount] = [new() { Pattern = @"\b(?:vat|ust\.?|mwst\.?|btw)\b[^\n\d]{0,20}(?:\d{1,2}(?:[.,]\d)?\s*%[^\n\d]{0,10})?([\d.,]+\d)", Format = FieldFormat.Amount, Confidence = 0.75 }],
        [FieldNames.GrossAmount] = [new() { Pattern = @"\b(?:gross total|total due|amount due|invoice total|total amount|grand total|total)\b[^\n\d]{0,20}([\d.,]+\d)", Format = FieldFormat.Amount, Confidence = 0.75 }],
        [FieldNames.Currency] = [new() { Pattern = @"\b(EUR|GBP|USD|CHF)\b|([€£$])", Format = FieldFormat.Currency, Confidence = 0.7 }],
    };
}
