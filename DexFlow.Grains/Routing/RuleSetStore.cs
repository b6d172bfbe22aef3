using System.Collections.Immutable;
using DexFlow.Contracts.Routing;
using DexFlow.Grains.Storage;
using Npgsql;

namespace DexFlow.Grains.Routing;

/// <summary>Every published version of the routing rules in <c>dexflow.rule_sets</c>; version 1 is <see cref="DefaultRules"/>.</summary>
public sealed class RuleSetStore(NpgsqlDataSource db, TimeProvider time)
    : VersionedDocumentStore<RoutingRules>(db, time, "rule_sets", "rules", DefaultRules.Rules, "DexFlow's default rules")
{
    public new async Task<RuleSetVersion?> Get(int version, CancellationToken cancellationToken = default) =>
        await base.Get(version, cancellationToken) is { } published ? ToView(published) : null;

    public new async Task<ImmutableArray<RuleSetVersion>> History(CancellationToken cancellationToken = default) =>
        [.. (await base.History(cancellationToken)).Select(ToView)];

    public new async Task<RuleSetVersion> Publish(RoutingRules rules, string publishedBy, string comment, CancellationToken cancellationToken = default) =>
        ToView(await base.Publish(rules, publishedBy, comment, cancellationToken));

    private static RuleSetVersion ToView(PublishedVersion<RoutingRules> published) =>
        new(published.Version, published.Content ?? new RoutingRules([]), published.PublishedBy, published.PublishedAt, published.Comment);
}
