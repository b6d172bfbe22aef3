using System.Collections.Immutable;
using DexFlow.Contracts.Accounts;

namespace DexFlow.Grains.AuditTrail;

/// <summary>
/// A change of a configuration a grain holds (a resource, a capture point), kept in the grain's state until
/// <c>dexflow.configuration_audit</c> has it.
/// </summary>
[GenerateSerializer, Alias("dexflow.configuration-change")]
public sealed record ConfigurationChange(
    [property: Id(0)] Guid Id,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string ActorId,
    [property: Id(3)] string ActorName,
    [property: Id(4)] string ObjectType,
    [property: Id(5)] string ObjectId,
    [property: Id(6)] string Action,
    [property: Id(7)] ImmutableDictionary<string, FieldChange> Changes);
