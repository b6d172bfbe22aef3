using System.Collections.Immutable;
using DexFlow.Contracts.Planning;
using DexFlow.Grains.AuditTrail;

namespace DexFlow.Grains.Planning;

[GenerateSerializer, Alias("dexflow.resource-state")]
public sealed record ResourceState
{
    [Id(0)] public ResourceSettings? Settings { get; init; }

    /// <summary>Every booking, in time order; no two overlap.</summary>
    [Id(1)] public ImmutableArray<Booking> Bookings { get; init; } = [];

    /// <summary>Changes of the settings not yet in the audit trail.</summary>
    [Id(2)] public ImmutableArray<ConfigurationChange> UnwrittenChanges { get; init; } = [];
}
