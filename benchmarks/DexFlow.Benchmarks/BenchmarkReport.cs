using System.Diagnostics;
using System.Text;

namespace DexFlow.Benchmarks;

/// <summary>Replaces the hot-path section of docs/benchmarks.md with this run's figures.</summary>
public static class BenchmarkReport
{
    private const string Begin = "<!-- hot-paths:begin -->";
    private const string End = "<!-- hot-paths:end -->";

    public static async Task Write(string path, IReadOnlyList<LoadResult> results, string verdict, TimeSpan duration)
    {
        var section = new StringBuilder()
            .AppendLine(Begin)
            .AppendLine($"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores ({Cpu()}), commit {Git("rev-parse --short HEAD")}; " +
                        $"{duration.TotalSeconds:N0} s measured per row after a 3 s warm-up. Command: `./scripts/bench.sh`.")
            .AppendLine()
            .AppendLine("| what | concurrent clients | per second | p50 ms | p99 ms | errors |")
            .AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var result in results)
        {
            section.AppendLine(result.Row());
        }

        section.AppendLine().AppendLine(verdict).AppendLine(End);
        var document = File.Exists(path) ? await File.ReadAllTextAsync(path) : "# Benchmarks\n\n" + Begin + "\n" + End + "\n";
        var start = document.IndexOf(Begin, StringComparison.Ordinal);
        var end = document.IndexOf(End, StringComparison.Ordinal) + End.Length;
        await File.WriteAllTextAsync(path, document[..start] + section.ToString().TrimEnd('\n') + document[end..]);
    }

    private static string Cpu() =>
        File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "unknown CPU";

    private static string Git(string arguments)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", arguments) { RedirectStandardOutput = true })!;
            return git.StandardOutput.ReadToEnd().Trim();
        }
        catch (Exception)
        {
            return "unknown";
        }
    }
}
