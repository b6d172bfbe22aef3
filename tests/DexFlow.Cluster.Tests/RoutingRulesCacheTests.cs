using DexFlow.Contracts.Routing;
using DexFlow.Grains.Indexing;
using DexFlow.Grains.Routing;
using DexFlow.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DexFlow.Cluster.Tests;

/// <summary>Two silos' caches over one rule store: how long a silo that did not publish may route with the old rules.</summary>
public sealed class RoutingRulesCacheTests : IAsyncLifetime
{
    private static readonly RoutingOptions Options = new();
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-03-02T08:00:00Z"));
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task The_publishing_silo_switches_at_once_and_every_other_silo_within_the_refresh_interval()
    {
        var store = new RuleSetStore(_database.DataSource, _clock);
        var (publisher, other) = (Cache(store), Cache(store));
        Assert.Equal((1, 1), ((await publisher.Current()).Version, (await other.Current()).Version));

        var published = await store.Publish(DefaultRules.Rules with { Rules = DefaultRules.Rules.Rules.RemoveAt(0) }, "ada", "no unreadable rule");
        publisher.Invalidate();
        _clock.Advance(Options.RefreshInterval - TimeSpan.FromMilliseconds(1));
        var stillOld = (await other.Current()).Version;
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(published.Version, (await publisher.Current()).Version);
        Assert.Equal(1, stillOld);
        Assert.Equal((published.Version, DefaultRules.Rules.Rules.Length - 1), ((await other.Current()).Version, (await other.Current()).Count));
    }

    private RoutingRulesCache Cache(RuleSetStore store) =>
        new(store, Microsoft.Extensions.Options.Options.Create(Options), Microsoft.Extensions.Options.Options.Create(new BarcodeConventions()), _clock);
}
