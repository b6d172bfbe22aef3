using DexFlow.Contracts.Routing;
using DexFlow.Grains.Indexing;
using Microsoft.Extensions.Options;

namespace DexFlow.Grains.Routing;

/// <summary>
/// The compiled rules in force, kept per silo. Whoever asks for them after <see cref="RoutingOptions.RefreshInterval"/>
/// has passed since the last check causes one cheap look at the newest version number, and a newer version is loaded
/// and compiled before the answer: no silo routes with a superseded version for longer than that interval after it
/// was published (the publishing silo switches at once).
/// </summary>
public sealed class RoutingRulesCache(RuleSetStore store, IOptions<RoutingOptions> options, IOptions<BarcodeConventions> codes, TimeProvider time)
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private CompiledRules? _current;
    private long _checkedAtTicks; // read without the lock: a long, so never torn

    private bool Due => time.GetUtcNow().UtcTicks - Interlocked.Read(ref _checkedAtTicks) >= options.Value.RefreshInterval.Ticks;

    public async Task<CompiledRules> Current(CancellationToken cancellationToken = default)
    {
        if (_current is { } fresh && !Due)
        {
            return fresh;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_current is null || Due)
            {
                var version = await store.CurrentVersion(cancellationToken);
                if (_current?.Version != version)
                {
                    var rules = await store.Get(version, cancellationToken) ?? throw new InvalidOperationException($"Rule set version {version} is missing.");
                    _current = CompiledRules.Compile(rules.Rules, version, codes.Value);
                }

                Interlocked.Exchange(ref _checkedAtTicks, time.GetUtcNow().UtcTicks);
            }

            return _current;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>Checks and compiles a draft (version 0) as the rules in force are compiled, with this shop's barcodes.</summary>
    public CompiledRules Compile(RoutingRules draft) => CompiledRules.Compile(draft, 0, codes.Value);

    /// <summary>Makes the next call look for a newer version (after this silo published one).</summary>
    public void Invalidate() => Interlocked.Exchange(ref _checkedAtTicks, 0);
}
