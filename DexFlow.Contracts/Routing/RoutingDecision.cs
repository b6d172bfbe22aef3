using System.Collections.Immutable;

namespace DexFlow.Contracts.Routing;

/// <summary>Where a document goes, by which rule of which version, and why.</summary>
[GenerateSerializer]
public enum RoutingOutcome
{
    AttachToOrder,
    CreateDraftOrder,
    Inbox,
    ManualIndexing,
    Exception,
}

[GenerateSerializer, Immutable, Alias("dexflow.routing-decision")]
public sealed record RoutingDecision(
    [property: Id(0)] RoutingOutcome Outcome,
    [property: Id(1)] string? OrderNumber,
    [property: Id(2)] string? Role,
    [property: Id(3)] int Priority,
    [property: Id(4)] int RuleSetVersion,
    [property: Id(5)] string? RuleId,
    [property: Id(6)] ImmutableArray<string> MatchedRules,
    [property: Id(7)] string Reason);
