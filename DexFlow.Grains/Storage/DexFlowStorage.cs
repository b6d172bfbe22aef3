namespace DexFlow.Grains.Storage;

/// <summary>The grain storage providers DexFlow grains persist their state with; both keep it in one table.</summary>
public static class DexFlowStorage
{
    /// <summary>Orleans' ADO.NET provider: one round trip and commit per read or write.</summary>
    public const string Name = "dexflow";

    /// <summary>
    /// <see cref="BatchedGrainStorage"/>, for the grains created and changed by the thousand (orders, parcels): their
    /// reads and writes share round trips and commits.
    /// </summary>
    public const string Batched = "dexflow-batched";
}
