using System.Collections.Immutable;
using DexFlow.Contracts.Capture;
using DexFlow.Grains.AuditTrail;

namespace DexFlow.Grains.Capture;

[GenerateSerializer, Alias("dexflow.capture-point-state")]
public sealed record CapturePointState
{
    [Id(0)] public CapturePointSettings? Settings { get; init; }
    [Id(1)] public CaptureStatistics Statistics { get; init; } = CaptureStatistics.None;
    [Id(2)] public long Version { get; init; }

    /// <summary>Changes of the settings not yet in the audit trail.</summary>
    [Id(3)] public ImmutableArray<ConfigurationChange> UnwrittenChanges { get; init; } = [];
}
