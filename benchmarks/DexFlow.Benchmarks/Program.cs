using System.Globalization;
using DexFlow.Benchmarks;
using DexFlow.Contracts.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

// Usage: DexFlow.Benchmarks <api-url> <connection-string> <service-id> <cluster-id> <pgbench> <report.md> [seconds]
// scripts/bench.sh starts PostgreSQL, a silo process and an API process, then runs this in a process of its own.
var (api, connectionString, serviceId, clusterId, pgbench, report) = (new Uri(args[0]), args[1], args[2], args[3], args[4], args[5]);
var seconds = args.Length > 6 ? int.Parse(args[6], CultureInfo.InvariantCulture) : 10;
var duration = TimeSpan.FromSeconds(seconds);
var warmUp = TimeSpan.FromSeconds(3);
int[] levels = [1, 16, 64];
var results = new List<LoadResult>();

void Print(LoadResult result)
{
    results.Add(result);
    Console.WriteLine(result.Row());
}

foreach (var clients in levels)
{
    Print(await PgBench.Run(pgbench, connectionString, clients, duration));
}

var builder = Host.CreateApplicationBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.UseOrleansClient(client => client
    .Configure<ClusterOptions>(options => (options.ServiceId, options.ClusterId) = (serviceId, clusterId))
    .UseAdoNetClustering(options => (options.Invariant, options.ConnectionString) = ("Npgsql", connectionString)));
using var host = builder.Build();
await host.StartAsync();
var grains = host.Services.GetRequiredService<IClusterClient>();
foreach (var clients in levels)
{
    Print(await ClosedLoop.Run("Grain state write, 2 KB (Orleans client, no HTTP)", clients, warmUp, duration,
        (client, _) => grains.GetGrain<IStorageProbeGrain>(client).Write(2048)));
}

var rest = new RestScenario(api);
await rest.Prepare(levels.Max());
foreach (var clients in levels)
{
    Print(await ClosedLoop.Run("Order transition over REST (reschedule)", clients, warmUp, duration,
        (client, iteration) => rest.Reschedule(rest.Orders[client], iteration + 1)));
}

Print(await ClosedLoop.Run("Order read over REST (GET)", 64, warmUp, duration, (client, _) => rest.Read(rest.Orders[client])));
await host.StopAsync();

var grainWrites64 = results.Single(result => result.Name.StartsWith("Grain", StringComparison.Ordinal) && result.Clients == 64);
var rest64 = results.Single(result => result.Name.StartsWith("Order transition", StringComparison.Ordinal) && result.Clients == 64);
var ratio = rest64.PerSecond / grainWrites64.PerSecond;
var verdict = $"At 64 clients REST transitions reach {ratio:P0} of the raw grain-write rate (floor 40 %), p99 {rest64.P99Ms:N1} ms (floor < 100 ms): " +
              (ratio >= 0.4 && rest64.P99Ms < 100 ? "floor met." : "FLOOR NOT MET.");
Console.WriteLine(verdict);
await BenchmarkReport.Write(report, results, verdict, duration);
