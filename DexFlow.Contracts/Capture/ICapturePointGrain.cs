using System.Collections.Immutable;
using DexFlow.Contracts.Security;

namespace DexFlow.Contracts.Capture;

/// <summary>
/// One polled capture point, keyed by its id. Being a grain, it runs exactly once in the cluster: its poller lives on
/// one silo and, kept alive by a durable reminder, moves to another when that silo dies.
/// </summary>
[Alias("dexflow.capture-point")]
public interface ICapturePointGrain : IGrainWithStringKey
{
    /// <summary>Creates or changes the capture point (administrators only); polling starts or stops accordingly.</summary>
    [Alias("configure")]
    Task<CapturePointView> Configure(Caller caller, CapturePointSettings settings);

    [Alias("get")]
    Task<CapturePointView> Get(Caller caller);

    /// <summary>Whether this is a configured, enabled scanner station that uploads may name.</summary>
    [Alias("takes-scans")]
    [Orleans.Concurrency.ReadOnly]
    Task<bool> TakesScans();
}

/// <summary>Lists the configured capture points. Stateless; use key 0.</summary>
[Alias("dexflow.capture-directory")]
public interface ICaptureDirectoryGrain : IGrainWithIntegerKey
{
    [Alias("list")]
    Task<ImmutableArray<CapturePointView>> List(Caller caller);
}
