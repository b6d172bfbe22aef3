namespace DexFlow.Contracts.Documents;

/// <summary>The document types of domain.md §4.</summary>
[GenerateSerializer]
public enum DocumentType
{
    OrderForm,
    WorkSheet,
    PriceSheet,
    PriceList,
    PaperDescription,
    Artwork,
    Invoice,
    PrepaymentInvoice,
    CreditNote,
    QaReport,
    Correspondence,
    Other,
}
