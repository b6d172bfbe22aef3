using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace DexFlow.Benchmarks;

/// <summary>
/// The plain CRUD peer of <c>../shared/perf</c> and DexFlow under the same load generator, from the result files
/// <c>scripts/bench-peer.sh</c> leaves (<c>peer-c16.json</c>, <c>dexflow-edit-c64.json</c>, ...), as a table and ratios.
/// </summary>
public static class PeerComparison
{
    private static readonly (string File, string Label, string? Step)[] Rows =
    [
        ("peer-c1", "peer: create, submit, accounting, QA, get", null),
        ("peer-c16", "peer: create, submit, accounting, QA, get", null),
        ("peer-c64", "peer: create, submit, accounting, QA, get", null),
        ("dexflow-edit-c1", "DexFlow: create, three edits with If-Match, get", "create"),
        ("dexflow-edit-c16", "DexFlow: create, three edits with If-Match, get", "create"),
        ("dexflow-edit-c64", "DexFlow: create, three edits with If-Match, get", "create"),
        ("dexflow-create-c64", "DexFlow: create only", "create"),
        ("dexflow-review-c16", "DexFlow: create, submit, processing (3 PDFs), QA, accounting with prepayment invoice, get", "accounting"),
    ];

    public static async Task Write(string resultsDirectory, string report, int seconds, int warmup)
    {
        var results = Rows
            .Select(row => (row, Path.Combine(resultsDirectory, row.File + ".json")))
            .Where(entry => File.Exists(entry.Item2))
            .ToDictionary(entry => entry.row.File, entry => (entry.row, Result: JsonNode.Parse(File.ReadAllText(entry.Item2))!));
        var section = new StringBuilder()
            .AppendLine($"Run {BenchmarkReport.RunDescription()}; {seconds} s measured per row after {warmup} s of the same load; at each number of clients the peer, then DexFlow " +
                        "(one published process hosting silo and API, as `scripts/run.sh` runs it, on a fresh database, after a minute of its edit and review " +
                        "profiles, unmeasured, for its JIT to settle). Command: `./scripts/bench-peer.sh`.")
            .AppendLine()
            .AppendLine("| system and profile | clients | transitions/s | lifecycles/s | p50 / p99 ms | slowest step p50 / p99 ms | errors |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (row, result) in results.Values)
        {
            var overall = result["latencyMs"]!["overall"]!;
            var step = row.Step is { } kind ? result["latencyMs"]!["byKind"]![kind] : null;
            var errors = result["errors"]!.AsObject();
            section.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {row.Label} | {result["clients"]} | {Number(result, "transitionsPerSecond"):N0} | {Number(result, "lifecyclesPerSecond"):N0} | " +
                $"{overall["p50"]} / {overall["p99"]} | {(step is null ? "–" : $"{row.Step} {step["p50"]} / {step["p99"]}")} | " +
                $"{(errors.Count == 0 ? "0" : string.Join(", ", errors.Select(error => $"{error.Key}: {error.Value}")))} |"));
        }

        section.AppendLine();
        foreach (var clients in new[] { 1, 16, 64 })
        {
            if (results.TryGetValue($"peer-c{clients}", out var peer) && results.TryGetValue($"dexflow-edit-c{clients}", out var dexflow))
            {
                var ratio = Number(dexflow.Result, "transitionsPerSecond") / Number(peer.Result, "transitionsPerSecond");
                section.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"- {clients} client{(clients == 1 ? "" : "s")}: DexFlow's edit lifecycle does **{ratio:0.00}x** the peer's transitions per second."));
            }
        }

        await BenchmarkReport.Replace(report, "peer", section.ToString());
        Console.WriteLine(section);
    }

    private static double Number(JsonNode result, string name) => result[name]!.GetValue<double>();
}
