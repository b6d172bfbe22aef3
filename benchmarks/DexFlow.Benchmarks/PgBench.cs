using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace DexFlow.Benchmarks;

/// <summary>
/// The store's own ceiling: pgbench running single-row upserts of a 2 KB row (synchronous commit, as DexFlow uses
/// it) against the same PostgreSQL server.
/// </summary>
public static partial class PgBench
{
    private const string Script = """
        \set id random(1, 100000)
        INSERT INTO bench.upserts (id, payload) VALUES (:id, repeat('x', 2048))
        ON CONFLICT (id) DO UPDATE SET payload = excluded.payload, version = bench.upserts.version + 1;
        """;

    public static async Task<LoadResult> Run(string pgbench, string connectionString, int clients, TimeSpan duration)
    {
        await using (var db = NpgsqlDataSource.Create(connectionString))
        {
            await using var command = db.CreateCommand("""
                CREATE SCHEMA IF NOT EXISTS bench;
                CREATE TABLE IF NOT EXISTS bench.upserts (id integer PRIMARY KEY, payload text NOT NULL, version integer NOT NULL DEFAULT 1);
                """);
            await command.ExecuteNonQueryAsync();
        }

        var script = Path.GetTempFileName();
        await File.WriteAllTextAsync(script, Script);
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(pgbench)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList =
            {
                "-n", "-r", "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", Math.Min(clients, 2).ToString(CultureInfo.InvariantCulture),
                "-T", ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture), "-f", script,
                "-h", target.Host!, "-p", target.Port.ToString(CultureInfo.InvariantCulture), "-U", target.Username!, target.Database!,
            },
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        File.Delete(script);

        var tps = Tps().Match(output);
        var latency = Latency().Match(output);
        if (!tps.Success)
        {
            throw new InvalidOperationException($"pgbench failed: {output}\n{errors}");
        }

        var perSecond = double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture);
        var average = latency.Success ? double.Parse(latency.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN;
        return new LoadResult("PostgreSQL 2 KB upsert (pgbench; average latency in the p50 column)", clients, perSecond, average, double.NaN,
            (long)(perSecond * duration.TotalSeconds), 0);
    }

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex Tps();

    [GeneratedRegex(@"latency average = ([0-9.]+) ms")]
    private static partial Regex Latency();
}
