using DexFlow.Contracts.Capture;

namespace DexFlow.Grains.Capture;

[GenerateSerializer, Alias("dexflow.capture-point-state")]
public sealed record CapturePointState
{
    [Id(0)] public CapturePointSettings? Settings { get; init; }
    [Id(1)] public CaptureStatistics Statistics { get; init; } = CaptureStatistics.None;
    [Id(2)] public long Version { get; init; }
}
