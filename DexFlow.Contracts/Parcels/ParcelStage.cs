namespace DexFlow.Contracts.Parcels;

/// <summary>The stages of a parcel (domain.md §3).</summary>
[GenerateSerializer]
public enum ParcelStage
{
    Received,
    Splitting,
    Indexing,
    ManualIndexing,
    Routing,
    Routed,
    Failed,
}
