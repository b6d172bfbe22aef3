namespace DexFlow.Contracts.Diagnostics;

/// <summary>
/// Measures the grain storage itself: each call writes this grain's state once, with a payload of the given size and
/// nothing else (no read model, no rules). Used by the benchmark to find the raw grain-write ceiling of a deployment.
/// </summary>
[Alias("dexflow.storage-probe")]
public interface IStorageProbeGrain : IGrainWithIntegerKey
{
    [Alias("write")]
    Task<long> Write(int payloadBytes);
}
