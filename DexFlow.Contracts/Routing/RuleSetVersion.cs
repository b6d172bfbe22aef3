namespace DexFlow.Contracts.Routing;

/// <summary>A published version of the rules: who published it, when, and why.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.rule-set-version")]
public sealed record RuleSetVersion(
    [property: Id(0)] int Version,
    [property: Id(1)] RoutingRules Rules,
    [property: Id(2)] string PublishedBy,
    [property: Id(3)] DateTimeOffset PublishedAt,
    [property: Id(4)] string Comment);
