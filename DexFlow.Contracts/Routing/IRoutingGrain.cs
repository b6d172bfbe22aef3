using System.Collections.Immutable;
using DexFlow.Contracts.Security;

namespace DexFlow.Contracts.Routing;

/// <summary>The routing rules: read them, publish a new version (administrators), and try rules without applying them. Stateless; use key 0.</summary>
[Alias("dexflow.routing")]
public interface IRoutingGrain : IGrainWithIntegerKey
{
    /// <summary>The version in force.</summary>
    [Alias("current")]
    Task<RuleSetVersion> Current(Caller caller);

    [Alias("version")]
    Task<RuleSetVersion> Version(Caller caller, int version);

    /// <summary>Every version, newest first (rules left out).</summary>
    [Alias("history")]
    Task<ImmutableArray<RuleSetVersion>> History(Caller caller);

    /// <summary>Checks the rules and publishes them as the next version; fails with <see cref="Errors.ValidationException"/> naming every problem.</summary>
    [Alias("publish")]
    Task<RuleSetVersion> Publish(Caller caller, RoutingRules rules, string comment);

    /// <summary>What the rules (the draft, or those in force) decide for the documents of a parcel, or for the facts given; nothing is applied.</summary>
    [Alias("dry-run")]
    Task<ImmutableArray<RoutingDecision>> DryRun(Caller caller, string? parcelId, RoutingFacts? facts, RoutingRules? draft);

    /// <summary>How many of the last <paramref name="last"/> routed documents the draft would route differently.</summary>
    [Alias("replay")]
    Task<ReplayReport> Replay(Caller caller, RoutingRules draft, int last);
}

[GenerateSerializer, Immutable, Alias("dexflow.replay-report")]
public sealed record ReplayReport(
    [property: Id(0)] int Documents,
    [property: Id(1)] int Changed,
    [property: Id(2)] ImmutableArray<ReplayChange> Changes);

[GenerateSerializer, Immutable, Alias("dexflow.replay-change")]
public sealed record ReplayChange(
    [property: Id(0)] string DocumentId,
    [property: Id(1)] RoutingDecision Before,
    [property: Id(2)] RoutingDecision After);
