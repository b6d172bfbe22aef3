namespace DexFlow.Benchmarks;

/// <summary>What a closed-loop run measured: completed operations per second and their latency.</summary>
public sealed record LoadResult(string Name, int Clients, double PerSecond, double P50Ms, double P99Ms, long Operations, long Errors)
{
    public string Row() => $"| {Name} | {Clients} | {PerSecond:N0} | {Ms(P50Ms)} | {Ms(P99Ms)} | {Errors} |";

    private static string Ms(double value) => double.IsNaN(value) ? "–" : value.ToString("N1", System.Globalization.CultureInfo.InvariantCulture);
}
