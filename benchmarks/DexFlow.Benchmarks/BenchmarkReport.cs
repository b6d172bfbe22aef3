using System.Diagnostics;
using System.Text;

namespace DexFlow.Benchmarks;

/// <summary>Replaces a section of docs/benchmarks.md (between its markers) with this run's figures.</summary>
public static class BenchmarkReport
{
    /// <summary>The hot-path section: this run's closed-loop figures and the verdict.</summary>
    public static async Task Write(string path, IReadOnlyList<LoadResult> results, string verdict, TimeSpan duration)
    {
        var section = new StringBuilder()
            .AppendLine($"Run {RunDescription()}; " +
                        $"{duration.TotalSeconds:N0} s measured per row after a 3 s warm-up. Command: `./scripts/bench.sh`.")
            .AppendLine()
            .AppendLine("| what | concurrent clients | per second | p50 ms | p99 ms | errors |")
            .AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var result in results)
        {
            section.AppendLine(result.Row());
        }

        section.AppendLine().AppendLine(verdict);
        await Replace(path, "hot-paths", section.ToString());
    }

    /// <summary>When, where and at which commit this run was made.</summary>
    public static string RunDescription() =>
        $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores ({Cpu()}), commit {Git("rev-parse --short HEAD")}";

    /// <summary>Puts <paramref name="content"/> between the section's markers, adding the section at the end if it is new.</summary>
    public static async Task Replace(string path, string section, string content)
    {
        var (begin, end) = ($"<!-- {section}:begin -->", $"<!-- {section}:end -->");
        var document = File.Exists(path) ? await File.ReadAllTextAsync(path) : "# Benchmarks\n";
        if (!document.Contains(begin, StringComparison.Ordinal))
        {
            document = document.TrimEnd('\n') + "\n\n" + begin + "\n" + end + "\n";
        }

        var start = document.IndexOf(begin, StringComparison.Ordinal);
        var stop = document.IndexOf(end, StringComparison.Ordinal) + end.Length;
        await File.WriteAllTextAsync(path, document[..start] + begin + "\n" + content.TrimEnd('\n') + "\n" + end + document[stop..]);
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
