using DexFlow.Grains.Storage;

namespace DexFlow.Benchmarks.StorageProbe;

public sealed class StorageProbeGrain([PersistentState("probe", DexFlowStorage.Name)] IPersistentState<StorageProbeState> probe)
    : Grain, IStorageProbeGrain
{
    public async Task<long> Write(int payloadBytes)
    {
        if (probe.State.Payload.Length != payloadBytes)
        {
            probe.State = probe.State with { Payload = new byte[Math.Clamp(payloadBytes, 0, 1 << 20)] };
        }

        probe.State = probe.State with { Writes = probe.State.Writes + 1 };
        await probe.WriteStateAsync();
        return probe.State.Writes;
    }
}

[GenerateSerializer, Alias("dexflow.storage-probe-state")]
public sealed record StorageProbeState
{
    [Id(0)] public byte[] Payload { get; init; } = [];
    [Id(1)] public long Writes { get; init; }
}
