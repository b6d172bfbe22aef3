using DexFlow.Contracts.Routing;

namespace DexFlow.Api.Routing;

/// <summary>A new version of the rules and why it is published.</summary>
public sealed record PublishRulesRequest(RoutingRules? Rules, string? Comment);

/// <summary>Try rules without applying them: on a parcel's documents, or on facts given; with a draft, or the rules in force.</summary>
public sealed record DryRunRequest(string? ParcelId, RoutingFacts? Facts, RoutingRules? Rules);

/// <summary>How the draft would have routed the last documents.</summary>
public sealed record ReplayRequest(RoutingRules? Rules, int? Last);
