using System.Collections.Immutable;

namespace DexFlow.Contracts.Errors;

/// <summary>A plan that cannot be booked: each conflict says which resource, when, and what holds it.</summary>
[GenerateSerializer, Alias("dexflow.error.schedule-conflict")]
public sealed class ScheduleConflictException(ImmutableArray<string> conflicts)
    : DomainException("The schedule conflicts: " + string.Join("; ", conflicts))
{
    [Id(0)] public ImmutableArray<string> Conflicts { get; private set; } = conflicts;

    public override string Code => "schedule-conflict";
}
