namespace DexFlow.Benchmarks.StorageProbe;

/// <summary>
/// Measures the grain storage itself: each call writes this grain's state once, with a payload of the given size and
/// nothing else (no read model, no rules). Used by the benchmark to find the raw grain-write ceiling of a deployment;
/// only the benchmark's silo has it (<see cref="StorageProbeParts"/>), production silos do not.
/// </summary>
[Alias("dexflow.storage-probe")]
public interface IStorageProbeGrain : IGrainWithIntegerKey
{
    [Alias("write")]
    Task<long> Write(int payloadBytes);
}
