namespace DexFlow.Web.Api;

// Mirrors of DexFlow.Contracts' parcel enums, by name. Lists tolerate a value a newer server adds (Unknown); the
// document types are what a clerk may set, so they are exactly the contract's.

public enum ParcelStage
{
    Received,
    Splitting,
    Indexing,
    ManualIndexing,
    Routing,
    Routed,
    Failed,

    /// <summary>A stage this version of the app does not know: listed, never offered as a filter.</summary>
    Unknown = -1,
}

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
