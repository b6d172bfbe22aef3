using DexFlow.Contracts.Routing;
using DexFlow.Grains.Indexing;
using DexFlow.Grains.Storage;
using Microsoft.Extensions.Options;

namespace DexFlow.Grains.Routing;

/// <summary>
/// The compiled rules in force, kept per silo: no silo routes with a superseded version for longer than
/// <see cref="RoutingOptions.RefreshInterval"/> after it was published (see <see cref="VersionedDocumentCache{T, TPrepared}"/>).
/// </summary>
public sealed class RoutingRulesCache(RuleSetStore store, IOptions<RoutingOptions> options, IOptions<BarcodeConventions> codes, TimeProvider time)
{
    private readonly VersionedDocumentCache<RoutingRules, CompiledRules> _inForce = new(
        store,
        published => CompiledRules.Compile(published.Content ?? new RoutingRules([]), published.Version, codes.Value),
        () => options.Value.RefreshInterval,
        time);

    public Task<CompiledRules> Current(CancellationToken cancellationToken = default) => _inForce.Current(cancellationToken);

    /// <summary>Checks and compiles a draft (version 0) as the rules in force are compiled, with this shop's barcodes.</summary>
    public CompiledRules Compile(RoutingRules draft) => CompiledRules.Compile(draft, 0, codes.Value);

    /// <summary>Makes the next call look for a newer version (after this silo published one).</summary>
    public void Invalidate() => _inForce.Invalidate();
}
