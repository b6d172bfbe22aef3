using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace DexFlow.Benchmarks.Reporting;

/// <summary>
/// Runs million-orders.sql phase by phase on a migrated database and times each phase; a database that already holds
/// generated data is left as it is.
/// </summary>
public static class MillionOrders
{
    public sealed record Phase(string Name, TimeSpan Took);

    public static async Task<IReadOnlyList<Phase>> Generate(NpgsqlDataSource db, int orders, DateTimeOffset now)
    {
        await using (var generated = db.CreateCommand("SELECT EXISTS (SELECT 1 FROM dexflow.customers WHERE customer_id = 'gen-c1')"))
        {
            if (await generated.ExecuteScalarAsync() is true)
            {
                Console.WriteLine("The database already holds the generated orders; generation skipped.");
                return [];
            }
        }

        var script = (await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Reporting", "million-orders.sql")))
            .Replace("{orders}", orders.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{now}", $"timestamptz '{now.UtcDateTime:yyyy-MM-dd HH:mm:ss}+00'", StringComparison.Ordinal);
        var phases = new List<Phase>();
        await using var connection = await db.OpenConnectionAsync();
        foreach (var part in script.Split("-- phase: ", StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            var lineEnd = part.IndexOf('\n', StringComparison.Ordinal);
            var name = part[..lineEnd].Trim();
            var clock = Stopwatch.StartNew();
            await using var command = new NpgsqlCommand(part[(lineEnd + 1)..], connection) { CommandTimeout = 0 };
            await command.ExecuteNonQueryAsync();
            phases.Add(new Phase(name, clock.Elapsed));
            Console.WriteLine($"  {name}: {clock.Elapsed.TotalSeconds:N0} s");
        }

        return phases;
    }
}
