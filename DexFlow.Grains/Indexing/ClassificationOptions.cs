using DexFlow.Contracts.Documents;

namespace DexFlow.Grains.Indexing;

/// <summary>
/// The words that tell document types apart (<c>DexFlow:Indexing:Classification</c>): for each type, phrases with a
/// weight, and the titles a document of the type is headed with. Matching is case-insensitive on the document's text.
/// Configuration extends them: configured phrases are added to these (a phrase configured again gets its new weight),
/// configured titles are appended to a type's list.
/// </summary>
public sealed class ClassificationOptions
{
    /// <summary>Below this score a document is not classified with confidence.</summary>
    public double MinimumScore { get; set; } = 2;

    public Dictionary<DocumentType, Dictionary<string, double>> Keywords { get; set; } = new()
    {
        [DocumentType.OrderForm] = new()
        {
            ["purchase order"] = 3, ["print order"] = 3, ["print order form"] = 4, ["po number"] = 2, ["po no"] = 2, ["job specification"] = 2, ["ordered by"] = 1,
            ["ship to"] = 1, ["deliver to"] = 1, ["please fill in completely"] = 2, ["bestellung"] = 3, ["specification"] = 1, ["buyer"] = 1,
            // An order written as a letter says so in a sentence.
            ["please accept our order"] = 4, ["we hereby order"] = 4, ["we would like to order"] = 4, ["for the printing of"] = 3, ["hiermit bestellen wir"] = 4,
            ["bestellen wir"] = 3, ["nous vous commandons"] = 4, ["notre commande"] = 3, ["bon de commande"] = 3, ["ordine di stampa"] = 3, ["vi ordiniamo"] = 4,
            ["hierbij bestellen wij"] = 4, ["onze bestelling"] = 3,
        },
        [DocumentType.PriceSheet] = new() { ["price sheet"] = 5, ["price list version"] = 2 },
        [DocumentType.WorkSheet] = new() { ["work sheet"] = 5, ["job ticket"] = 4 },
        [DocumentType.QaReport] = new() { ["quality check report"] = 5, ["qa report"] = 5, ["colour within tolerance"] = 2 },
        [DocumentType.PrepaymentInvoice] = new() { ["prepayment invoice"] = 8, ["advance payment"] = 3 },
        [DocumentType.Invoice] = new() { ["invoice number"] = 3, ["invoice no"] = 3, ["invoice date"] = 2, ["rechnung"] = 2, ["factuur"] = 2, ["amount due"] = 1, ["accounts payable"] = 1 },
        [DocumentType.CreditNote] = new() { ["credit note"] = 6, ["gutschrift"] = 4 },
        [DocumentType.PaperDescription] = new() { ["technical data sheet"] = 5, ["grammage"] = 2, ["opacity"] = 1, ["whiteness"] = 1 },
        [DocumentType.Artwork] = new() { ["proof"] = 2, ["approved for print"] = 4, ["artwork"] = 2 },
        [DocumentType.Correspondence] = new() { ["dear "] = 2, ["best regards"] = 2, ["kind regards"] = 2, ["thank you for your order"] = 2, ["we confirm"] = 1 },
        [DocumentType.PriceList] = new() { ["price list 20"] = 3, ["prices valid from"] = 3 },
        [DocumentType.Other] = new() { ["delivery note"] = 2, ["delivery note no"] = 3, ["packing list"] = 3, ["lieferschein"] = 3 },
    };

    /// <summary>What a line standing alone (a heading) adds to its type's score: a title names what the paper is.</summary>
    public double TitleWeight { get; set; } = 4;

    /// <summary>
    /// Headings per type. A line is a title when it is one of these, or when one side of a bilingual heading
    /// ("Rechnung / Invoice") is; a phrase that merely occurs inside a sentence ("delivery notes must quote…") is not.
    /// </summary>
    public Dictionary<DocumentType, string[]> Titles { get; set; } = new()
    {
        [DocumentType.OrderForm] = ["order", "purchase order", "print order", "print order form", "bestellung", "auftrag", "commande", "bon de commande", "ordine", "ordine d'acquisto", "bestelling", "inkooporder"],
        [DocumentType.Invoice] = ["invoice", "tax invoice", "rechnung", "facture", "fattura", "factuur"],
        [DocumentType.CreditNote] = ["credit note", "gutschrift", "avoir", "nota di credito", "creditnota"],
        [DocumentType.PrepaymentInvoice] = ["prepayment invoice", "vorauszahlungsrechnung", "anzahlungsrechnung"],
        [DocumentType.WorkSheet] = ["work sheet", "job ticket"],
        [DocumentType.PriceSheet] = ["price sheet"],
        [DocumentType.QaReport] = ["quality check report", "qa report"],
        [DocumentType.Artwork] = ["proof", "print proof", "colour proof", "artwork proof", "druckfreigabe", "korrekturabzug", "épreuve", "bozza di stampa", "drukproef"],
        [DocumentType.Other] = ["delivery note", "lieferschein", "packing list", "bon de livraison", "pakbon"],
    };
}
