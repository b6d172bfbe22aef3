using System.Collections.Immutable;

namespace DexFlow.Contracts.Audit;

/// <summary>One audited event: when, who, what was done to which object, and the details recorded with it.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.audit-record")]
public sealed record AuditRecord(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string ActorId,
    [property: Id(2)] string ActorName,
    [property: Id(3)] string ObjectType,
    [property: Id(4)] string ObjectId,
    [property: Id(5)] string Action,
    [property: Id(6)] string? Details);

/// <summary>A page of audited events; <see cref="More"/> tells whether another page follows.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.audit-page")]
public sealed record AuditPage(
    [property: Id(0)] ImmutableArray<AuditRecord> Items,
    [property: Id(1)] int Page,
    [property: Id(2)] int PageSize,
    [property: Id(3)] bool More);
