using DexFlow.Contracts.Documents;

namespace DexFlow.Grains.Indexing;

/// <summary>
/// The words that tell document types apart (<c>DexFlow:Indexing:Classification</c>): for each type, phrases with a
/// weight. Matching is case-insensitive on the document's text. Replace or extend them per installation.
/// </summary>
public sealed class ClassificationOptions
{
    /// <summary>Below this score a document is not classified with confidence.</summary>
    public double MinimumScore { get; set; } = 2;

    public Dictionary<DocumentType, Dictionary<string, double>> Keywords { get; set; } = new()
    {
        [DocumentType.OrderForm] = new() { ["purchase order"] = 3, ["print order"] = 3, ["print order form"] = 4, ["po number"] = 2, ["po no"] = 2, ["job specification"] = 2, ["ordered by"] = 1, ["ship to"] = 1, ["please fill in completely"] = 2, ["bestellung"] = 3 },
        [DocumentType.PriceSheet] = new() { ["price sheet"] = 5, ["price list version"] = 2 },
        [DocumentType.WorkSheet] = new() { ["work sheet"] = 5, ["job ticket"] = 4 },
        [DocumentType.QaReport] = new() { ["quality check report"] = 5, ["qa report"] = 5, ["colour within tolerance"] = 2 },
        [DocumentType.PrepaymentInvoice] = new() { ["prepayment invoice"] = 8, ["advance payment"] = 3 },
        [DocumentType.Invoice] = new() { ["invoice number"] = 3, ["invoice no"] = 3, ["invoice date"] = 2, ["rechnung"] = 2, ["factuur"] = 2, ["amount due"] = 1, ["accounts payable"] = 1 },
        [DocumentType.CreditNote] = new() { ["credit note"] = 6, ["gutschrift"] = 4 },
        [DocumentType.PaperDescription] = new() { ["technical data sheet"] = 5, ["grammage"] = 2, ["opacity"] = 1, ["whiteness"] = 1 },
        [DocumentType.Artwork] = new() { ["proof"] = 3, ["approved for print"] = 4, ["artwork"] = 2 },
        [DocumentType.Correspondence] = new() { ["dear "] = 2, ["best regards"] = 2, ["kind regards"] = 2, ["thank you for your order"] = 2, ["we confirm"] = 1 },
        [DocumentType.PriceList] = new() { ["price list 20"] = 3, ["prices valid from"] = 3 },
        [DocumentType.Other] = new() { ["delivery note"] = 5, ["packing list"] = 4 },
    };
}
