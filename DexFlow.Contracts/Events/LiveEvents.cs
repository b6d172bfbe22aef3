using System.Collections.Immutable;

namespace DexFlow.Contracts.Events;

/// <summary>
/// The events a live client may see that followed its position, and the position reached (also past events it may
/// not see), to resume after.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.live-events")]
public sealed record LiveEvents([property: Id(0)] ImmutableArray<DomainEvent> Events, [property: Id(1)] string Position);
