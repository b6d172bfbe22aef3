using System.Globalization;
using DexFlow.Benchmarks;
using DexFlow.Benchmarks.StorageProbe;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

// Usage: DexFlow.Benchmarks <api-url> <connection-string> <service-id> <cluster-id> <pgbench> <report.md> <samples> [seconds]
//        DexFlow.Benchmarks silo (the silo to measure, configured by environment variables as a production silo is)
//        DexFlow.Benchmarks peer-report <results-dir> <report.md> <seconds> <warm-up seconds> (the tables of scripts/bench-peer.sh)
//        DexFlow.Benchmarks intake <api-url> <kilobytes> <clients> <seconds> <warm-up seconds> (50 KB uploads alone, for profiling)
//        DexFlow.Benchmarks paperwork <seconds> (estimates and PDF rendering alone, for profiling)
//        DexFlow.Benchmarks read-models <connection-string> <report.md> <orders> <seconds> (scripts/bench-reports.sh)
//        DexFlow.Benchmarks events <api-url> <report.md> <seconds> <clients,clients,...> (scripts/bench-events.sh)
// scripts/bench.sh starts PostgreSQL, a silo process and an API process, then runs this in a process of its own.
if (args is ["silo", ..])
{
    await BenchmarkSilo.Run(args[1..]);
    return;
}

if (args is ["peer-report", var resultsDirectory, var peerReport, var peerSeconds, var peerWarmup])
{
    await PeerComparison.Write(resultsDirectory, peerReport, int.Parse(peerSeconds, CultureInfo.InvariantCulture), int.Parse(peerWarmup, CultureInfo.InvariantCulture));
    return;
}

if (args is ["intake", var intakeApi, var kilobytes, var intakeClients, var intakeSeconds, var intakeWarmUp])
{
    var uploads = new IntakeScenario(new Uri(intakeApi));
    await uploads.LogIn("clerk");
    var upload = IntakeScenario.RandomBytes(int.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024);
    var result = await ClosedLoop.Run($"Intake acknowledgement, {kilobytes} KB upload over REST", int.Parse(intakeClients, CultureInfo.InvariantCulture),
        TimeSpan.FromSeconds(int.Parse(intakeWarmUp, CultureInfo.InvariantCulture)), TimeSpan.FromSeconds(int.Parse(intakeSeconds, CultureInfo.InvariantCulture)),
        (_, _) => uploads.Upload(upload));
    Console.WriteLine(result.Row());
    return;
}

if (args is ["read-models", var readModelConnection, var readModelReport, var readModelOrders, var readModelSeconds])
{
    await DexFlow.Benchmarks.Reporting.ReadModelQueryBenchmark.Run(readModelConnection, readModelReport,
        int.Parse(readModelOrders, CultureInfo.InvariantCulture), int.Parse(readModelSeconds, CultureInfo.InvariantCulture));
    return;
}

if (args is ["events", var eventsApi, var eventsReport, var eventsSeconds, var eventsClients])
{
    await EventsBenchmark.Run(new Uri(eventsApi), eventsReport, [.. eventsClients.Split(',').Select(count => int.Parse(count, CultureInfo.InvariantCulture))],
        TimeSpan.FromSeconds(int.Parse(eventsSeconds, CultureInfo.InvariantCulture)));
    return;
}

if (args is ["paperwork", var paperworkSeconds])
{
    var figures = Paperwork.Run(TimeSpan.FromSeconds(int.Parse(paperworkSeconds, CultureInfo.InvariantCulture)));
    Console.WriteLine($"Estimates: {figures.EstimatesPerSecond:N0}/s on one thread; PDFs: {figures.PdfsPerSecondOneThread:N0}/s on one thread, " +
                      $"{figures.PdfsPerSecondAllCores:N0}/s on all cores, {figures.PdfBytes / 2 / 1024:N0} KB each");
    return;
}

var (api, connectionString, serviceId, clusterId, pgbench, report) = (new Uri(args[0]), args[1], args[2], args[3], args[4], args[5]);
var samples = args[6];
var seconds = args.Length > 7 ? int.Parse(args[7], CultureInfo.InvariantCulture) : 10;
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
builder.Services.AddStorageProbe();
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
    Print(await ClosedLoop.Run("Order transition over REST (edit with If-Match)", clients, warmUp, duration,
        (client, iteration) => rest.Edit(rest.Orders[client], iteration + 1)));
}

Print(await ClosedLoop.Run("Order read over REST (GET)", 64, warmUp, duration, (client, _) => rest.Read(rest.Orders[client])));
const string RoutedOrder = "2026-000126"; // the order s012-qa.pdf's barcode names
await grains.GetGrain<IOrderGrain>(RoutedOrder).Create(new Caller("manager", "Mia Manager", Roles.Manager),
    new OrderDraft(new CustomerDetails("Benchmark customer", null, null, null, null, null), PrintSpecification.Empty), null);
await host.StopAsync();

var intake = new IntakeScenario(api);
await intake.LogIn("clerk");
foreach (var (label, size) in new[] { ("50 KB", 50 * 1024), ("5 MB", 5 * 1024 * 1024) })
{
    var template = IntakeScenario.RandomBytes(size);
    foreach (var clients in new[] { 16, 64 })
    {
        Print(await ClosedLoop.Run($"Intake acknowledgement, {label} upload over REST", clients, warmUp, duration, (_, _) => intake.Upload(template)));
    }
}

var rules = RuleEvaluation.Run(samples, duration);
Console.WriteLine($"Rule evaluation: {rules.PerSecond:N0}/s ({rules.Rules} rules, {rules.Documents} sample documents, one thread)");
var routed = await RoutedParcels.Run(intake.Http, Path.Combine(samples, "s012-qa.pdf"), RoutedOrder, 200, 16);
Console.WriteLine($"Parcels routed end to end without OCR: {routed.PerSecond:N1}/s ({routed.Attached} of {routed.Parcels} attached to {RoutedOrder})");

var paperwork = Paperwork.Run(duration);
Console.WriteLine($"Estimates: {paperwork.EstimatesPerSecond:N0}/s on one thread; PDFs: {paperwork.PdfsPerSecondOneThread:N0}/s on one thread, {paperwork.PdfsPerSecondAllCores:N0}/s on all cores");
var lifecycle = await new LifecycleScenario(api).Run(orders: 60, concurrency: 12);
Console.WriteLine($"Full lifecycles: {lifecycle.PerSecond:N2}/s ({lifecycle.Orders} orders, {lifecycle.Concurrency} at a time, median {lifecycle.MedianSeconds:N2} s, {lifecycle.ScheduleRetries} schedule retries)");

var ocr = await OcrComparison.Run(samples, intake.Http);
Console.WriteLine($"OCR on {ocr.Pages} sample pages: CLI {ocr.CliPerSecond:N2}/s, workers {ocr.WorkersPerSecond:N2}/s, pipeline {ocr.PipelinePerSecond:N2}/s");

var grainWrites64 = results.Single(result => result.Name.StartsWith("Grain", StringComparison.Ordinal) && result.Clients == 64);
var rest64 = results.Single(result => result.Name.StartsWith("Order transition", StringComparison.Ordinal) && result.Clients == 64);
var ratio = rest64.PerSecond / grainWrites64.PerSecond;
var verdict = $"At 64 clients REST transitions reach {ratio:P0} of the raw grain-write rate (floor 40 %), p99 {rest64.P99Ms:N1} ms (floor < 100 ms): " +
              (ratio >= 0.4 && rest64.P99Ms < 100 ? "floor met." : "FLOOR NOT MET.");
Console.WriteLine(verdict);
var small64 = results.Single(result => result.Name.Contains("50 KB", StringComparison.Ordinal) && result.Clients == 64);
var intakeVerdict = $"Small uploads at 64 clients: {small64.PerSecond:N0} acknowledgements/s (floor 300): " + (small64.PerSecond >= 300 ? "floor met." : "FLOOR NOT MET.");
var ocrVerdict = $"OCR on {ocr.Pages} sample pages (scans and faxes), all cores: Tesseract command line {ocr.CliPerSecond:N2} pages/s; " +
                 $"DexFlow's imaging workers {ocr.WorkersPerSecond:N2} pages/s ({ocr.WorkersPerSecond / ocr.CliPerSecond:P0} of the command line, floor 100 %: " +
                 (ocr.WorkersPerSecond >= ocr.CliPerSecond ? "met" : "NOT MET") + $"); the whole pipeline through REST (barcodes, OCR, splitting, classification, routing) {ocr.PipelinePerSecond:N2} pages/s.";
var routingVerdict = $"Routing: {rules.PerSecond:N0} rule-set evaluations/s on one thread for {rules.Rules} rules over the facts of the {rules.Documents} sample documents " +
                     $"(floor 50,000/s: {(rules.PerSecond >= 50_000 ? "met" : "NOT MET")}); {routed.PerSecond:N1} parcels/s routed end to end without OCR " +
                     $"({routed.Parcels} uploads of a born-digital PDF whose barcode names its order, 16 at a time; {routed.Attached} attached to it).";
var orderVerdict = $"Offset orders: {paperwork.EstimatesPerSecond:N0} estimates/s on one thread over six kinds of job (floor 20,000/s: " +
                   (paperwork.EstimatesPerSecond >= 20_000 ? "met" : "NOT MET") + $"); {paperwork.PdfsPerSecondOneThread:N0} PDF documents/s on one thread and " +
                   $"{paperwork.PdfsPerSecondAllCores:N0}/s on all cores (work sheets and price sheets, {paperwork.PdfBytes / 2 / 1024:N0} KB each); " +
                   $"{lifecycle.PerSecond:N2} full order lifecycles/s through REST ({lifecycle.Orders} orders, {lifecycle.Concurrency} at a time: create, submit, " +
                   $"processing with both PDFs, two approvals, prepayment invoice and payment, schedule on the resources, five processes " +
                   $"started and finished, final invoice, archive; median {lifecycle.MedianSeconds:N2} s per order, {lifecycle.ScheduleRetries} plans re-proposed after a conflict).";
Console.WriteLine(intakeVerdict);
Console.WriteLine(orderVerdict);
Console.WriteLine(ocrVerdict);
Console.WriteLine(routingVerdict);
await BenchmarkReport.Write(report, results, string.Join("\n\n", verdict, intakeVerdict, ocrVerdict, routingVerdict, orderVerdict), duration);
