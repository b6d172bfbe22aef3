namespace DexFlow.Web.Api;

// Mirrors of DexFlow.Contracts' parcel enums, by name. Each tolerates a value a newer server adds (Unknown), which is
// shown but never offered: the document types a clerk may set are exactly the contract's.

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

    /// <summary>A type this version of the app does not know: shown as unknown, never offered.</summary>
    Unknown = -1,
}

/// <summary>What routing did with a document (Contracts' <c>RouteKind</c>).</summary>
public enum RouteKind
{
    AttachToOrder,
    NewOrderDraft,
    Inbox,
    ManualIndexing,
    Exception,
    Unknown = -1,
}
