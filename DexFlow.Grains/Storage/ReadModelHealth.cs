using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace DexFlow.Grains.Storage;

/// <summary>
/// The read-model rows this silo could not write because the store refuses them: counted as a metric
/// (<c>dexflow.read_model.refused_rows</c>), kept here for the health check until a later write of the same row
/// succeeds, so that a row that is missing from every list is visible instead of retried forever.
/// </summary>
public sealed class ReadModelHealth(IMeterFactory meters)
{
    public const string MeterName = "DexFlow";

    private readonly ConcurrentDictionary<string, string> _refused = new();
    private readonly Counter<long> _refusals = meters.Create(MeterName).CreateCounter<long>("dexflow.read_model.refused_rows", description: "Read-model rows the store refused");

    /// <summary>Each refused row ("orders/2026-000123") with the store's reason.</summary>
    public IReadOnlyDictionary<string, string> Refused => _refused;

    public void Refuse(string table, string key, Exception refusal)
    {
        _refused[$"{table}/{key}"] = refusal.GetBaseException().Message;
        _refusals.Add(1, new KeyValuePair<string, object?>("table", table));
    }

    public void Written(string table, string key)
    {
        if (!_refused.IsEmpty)
        {
            _refused.TryRemove($"{table}/{key}", out _);
        }
    }
}
