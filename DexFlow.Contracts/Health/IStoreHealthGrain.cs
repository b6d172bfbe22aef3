namespace DexFlow.Contracts.Health;

/// <summary>Asks a silo whether it can reach the store. Stateless; use key 0.</summary>
[Alias("dexflow.store-health")]
public interface IStoreHealthGrain : IGrainWithIntegerKey
{
    /// <summary>Completes when the store answered; throws <see cref="Errors.StoreUnavailableException"/> otherwise.</summary>
    [Alias("check")]
    Task Check();
}
