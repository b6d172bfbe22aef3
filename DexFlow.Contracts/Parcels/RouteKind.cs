namespace DexFlow.Contracts.Parcels;

/// <summary>What routing did with a document.</summary>
[GenerateSerializer]
public enum RouteKind
{
    /// <summary>Attached to an existing order.</summary>
    AttachToOrder,

    /// <summary>A new draft order was made from it, for a manager to complete.</summary>
    NewOrderDraft,

    /// <summary>Put in the inbox of a role (e.g. supplier invoices for accounting).</summary>
    Inbox,

    /// <summary>Waits for a clerk.</summary>
    ManualIndexing,

    /// <summary>In the exception queue: no rule could place it.</summary>
    Exception,
}
