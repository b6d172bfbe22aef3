using DexFlow.Contracts.Documents;

namespace DexFlow.Grains.Indexing;

/// <summary>When a document goes to the clerks' queue instead of on to routing (<c>DexFlow:Indexing:Review</c>).</summary>
public sealed class ReviewOptions
{
    /// <summary>OCR pages read with a lower mean confidence (0–100) are not trusted.</summary>
    public int MinTextConfidence { get; set; } = 60;

    /// <summary>Nor are pages where more than this share of words is uncertain.</summary>
    public double MaxUncertainShare { get; set; } = 0.4;

    /// <summary>Required fields below this confidence need a clerk.</summary>
    public double MinFieldConfidence { get; set; } = 0.5;

    /// <summary>
    /// A customer's order from which fewer of its print specification's fields were read (product, quantity, size,
    /// pages, colours, paper) would make an empty draft: a form filled in by hand, a page too poor to read.
    /// </summary>
    public int MinSpecificationFields { get; set; } = 2;

    /// <summary>Fields a document of a type must have to be handled automatically.</summary>
    public Dictionary<DocumentType, string[]> RequiredFields { get; set; } = new()
    {
        [DocumentType.OrderForm] = [FieldNames.CustomerName],
    };
}
