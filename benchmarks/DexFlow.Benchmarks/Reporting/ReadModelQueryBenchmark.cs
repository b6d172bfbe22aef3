using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using DexFlow.Contracts.Audit;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Reports;
using DexFlow.Contracts.Search;
using DexFlow.Contracts.Security;
using DexFlow.Grains.AuditTrail;
using DexFlow.Grains.Company;
using DexFlow.Grains.Orders.ReadModel;
using DexFlow.Grains.Reporting;
using DexFlow.Grains.Reporting.Rollups;
using DexFlow.Grains.Search;
using DexFlow.Grains.Storage;
using DexFlow.Silo.Database;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DexFlow.Benchmarks.Reporting;

/// <summary>
/// Reports, the archive search, full-text search and the audit trail on a generated database of a million orders:
/// each query alone (warm, 30 runs after 3 unmeasured) and all of them from 16 clients at once, through the same query
/// classes the grains call; with the indexes each query used (the growth of pg_stat_user_indexes while it ran).
/// </summary>
public static class ReadModelQueryBenchmark
{
    private sealed record Query(string Area, string Name, Func<Task> Run);

    private static readonly Caller Admin = new("admin", "Ada Admin", Roles.Administrator);
    private static readonly Caller Accountant = new("accountant", "Ann Accountant", Roles.Accountant);
    private static readonly Caller Manager = new("manager1", "Manager manager1", Roles.Manager);

    public static async Task Run(string connectionString, string reportPath, int orders, int concurrentSeconds)
    {
        await using var db = DexFlowDataSource.Create(connectionString);
        await new DatabaseMigrator(db, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(Migration.Embedded);
        var now = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero);
        var clock = Stopwatch.StartNew();
        var phases = await MillionOrders.Generate(db, orders, now);
        var generation = clock.Elapsed;
        var time = TimeProvider.System;
        var rollups = new ReportRollups(db, new CompanyProfiles(new CompanyProfileStore(db, time), time), time);
        clock.Restart();
        await rollups.Refresh();
        var rollup = clock.Elapsed;
        Console.WriteLine($"  rollups refreshed: {rollup.TotalSeconds:N0} s");
        var sizes = await Sizes(db);

        // DEXFLOW_BENCH_ONLY names some of the queries (a part of "area / name") to measure them without writing the report.
        var only = Environment.GetEnvironmentVariable("DEXFLOW_BENCH_ONLY");
        var queries = Queries(db, rollups, now).Where(query => only is null || $"{query.Area} / {query.Name}".Contains(only, StringComparison.OrdinalIgnoreCase)).ToList();
        var single = new List<(Query Query, double P50, double P95, string Indexes)>();
        foreach (var query in queries)
        {
            var before = await FlushedIndexScans(db);
            var warmUp = Stopwatch.StartNew();
            for (var i = 0; i < 3; i++)
            {
                await query.Run();
            }

            // A query that takes seconds is measured fewer times: its figure is far from the goal either way.
            var runs = warmUp.Elapsed > TimeSpan.FromSeconds(1.5) ? 5 : 30;
            var times = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                await query.Run();
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            var used = await FlushedIndexScans(db);
            var indexes = string.Join(", ", used.Where(entry => entry.Value > before.GetValueOrDefault(entry.Key)).Select(entry => entry.Key).Order());
            single.Add((query, Percentile(times, 0.5), Percentile(times, 0.95), indexes));
            Console.WriteLine($"  {query.Area} / {query.Name}: p50 {Percentile(times, 0.5):N1} ms, p95 {Percentile(times, 0.95):N1} ms [{indexes}]");
        }

        // Queries of seconds would hold both cores and say nothing about the others: the mix leaves them out.
        var mix = single.Where(result => result.P95 < 1000).Select(result => result.Query).ToList();
        var concurrent = await Concurrently(mix, 16, TimeSpan.FromSeconds(concurrentSeconds));
        if (only is not null)
        {
            foreach (var (name, (p95, runs)) in concurrent)
            {
                Console.WriteLine($"  16 clients: {name}: p95 {p95:N1} ms, {runs} runs");
            }

            return;
        }

        await Write(reportPath, orders, phases, generation, rollup, sizes, single, concurrent, concurrentSeconds);
    }

    private static IEnumerable<Query> Queries(NpgsqlDataSource db, ReportRollups rollups, DateTimeOffset now)
    {
        var runner = new ReportRunner(db, rollups, TimeProvider.System);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        foreach (var report in ReportCatalog.All)
        {
            var window = ReportWindow.For(report, new ReportRequest(report.Name, null, null, null), today, TimeZoneInfo.Utc);
            yield return new Query("report", $"{report.Name} (default window, administrator)", () => runner.Run(report, Admin, window));
        }

        var invoicing = ReportCatalog.Find(Accountant, "invoicing");
        var year = ReportWindow.For(invoicing, new ReportRequest("invoicing", null, null, null), today, TimeZoneInfo.Utc);
        yield return new Query("report", "invoicing (default window, accountant)", () => runner.Run(invoicing, Accountant, year));

        var lists = new OrderReadModelQueries(db);
        var page = new OrderQuery(null, null, null, null, 1, 50);
        yield return new Query("archive", "archived orders of a customer (name prefix)", () => lists.List(Admin, page with { Archived = true, Customer = "Nordlicht Verlag" }, TimeZoneInfo.Utc));
        yield return new Query("archive", "completed in the last 30 days, net ≥ 1,000", () => lists.List(Admin, page with
        {
            Completed = new DayRange(today.AddDays(-30), today), MinAmount = 1000,
        }, TimeZoneInfo.Utc));
        yield return new Query("archive", "created in the last 7 days, in review or adjustments", () => lists.List(Admin, page with
        {
            Created = new DayRange(today.AddDays(-7), today), Stages = [OrderStage.InReview, OrderStage.AdjustmentsRequired],
        }, TimeZoneInfo.Utc));
        yield return new Query("archive", "due in the next 14 days (a manager's own)", () => lists.List(Manager, page with { Due = new DayRange(today, today.AddDays(14)) }, TimeZoneInfo.Utc));
        yield return new Query("archive", "archived in a quarter a year ago (accountant)", () => lists.List(Accountant, page with
        {
            ArchivedOn = new DayRange(today.AddDays(-455), today.AddDays(-365)),
        }, TimeZoneInfo.Utc));

        var search = new SearchQueries(db);
        SearchQuery Search(string text, SearchScope scope) => new(text, scope, 1, 20);
        yield return new Query("search", "orders: two common title words (administrator)", () => search.Search(Admin, Search("brochure autumn", SearchScope.Orders)));
        yield return new Query("search", "orders: a customer name (administrator)", () => search.Search(Admin, Search("Nordlicht", SearchScope.Orders)));
        yield return new Query("search", "orders: an order number (manager)", () => search.Search(Manager, Search($"{today.Year}-000120", SearchScope.Orders)));
        yield return new Query("search", "documents: a rare reference word (administrator)", () => search.Search(Admin, Search("ref4242", SearchScope.Documents)));
        yield return new Query("search", "documents: a rare reference word (manager)", () => search.Search(Manager, Search("ref4242", SearchScope.Documents)));
        yield return new Query("search", "documents: two common words (administrator)", () => search.Search(Admin, Search("brochure proof", SearchScope.Documents)));
        yield return new Query("search", "documents: a common word (manager)", () => search.Search(Manager, Search("invoice", SearchScope.Documents)));
        yield return new Query("search", "documents: a German word, stemmed (administrator)", () => search.Search(Admin, Search("Broschüren", SearchScope.Documents)));
        yield return new Query("search", "everything: one word (accountant)", () => search.Search(Accountant, Search("poster", SearchScope.All)));

        var audit = new AuditQueries(db);
        AuditQuery Audit(string? actor = null, string? objectType = null, string? objectId = null, DateTimeOffset? from = null) =>
            new(actor, null, objectType, objectId, from, null, 1, 50);
        yield return new Query("audit", "newest events, unfiltered", () => audit.Query(Audit()));
        yield return new Query("audit", "one order's events", () => audit.Query(Audit(objectId: $"{today.Year}-000120")));
        yield return new Query("audit", "an actor's events of the last day", () => audit.Query(Audit(actor: "accountant", from: now.AddDays(-1))));
        yield return new Query("audit", "reads of documents", () => audit.Query(Audit(objectType: "Document")));
    }

    private static async Task<Dictionary<string, (double P95, int Runs)>> Concurrently(IReadOnlyList<Query> queries, int clients, TimeSpan duration)
    {
        var timings = new ConcurrentBag<(string Name, double Milliseconds)>();
        var stop = DateTime.UtcNow + duration;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var random = new Random(client);
            while (DateTime.UtcNow < stop)
            {
                var query = queries[random.Next(queries.Count)];
                var watch = Stopwatch.StartNew();
                await query.Run();
                timings.Add((query.Area + " / " + query.Name, watch.Elapsed.TotalMilliseconds));
            }
        })));
        return timings.GroupBy(timing => timing.Name)
            .ToDictionary(group => group.Key, group => (Percentile([.. group.Select(timing => timing.Milliseconds)], 0.95), group.Count()));
    }

    /// <summary>
    /// The index scans counted so far. A backend publishes its statistics when it ends, or at a pause seconds later: the
    /// pool's idle connections are closed first, so that every scan before is counted.
    /// </summary>
    private static async Task<Dictionary<string, long>> FlushedIndexScans(NpgsqlDataSource db)
    {
        db.Clear();
        await Task.Delay(300);
        var scans = new Dictionary<string, long>();
        await using var command = db.CreateCommand("SELECT indexrelname, idx_scan FROM pg_stat_user_indexes WHERE schemaname = 'dexflow'");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            scans[reader.GetString(0)] = reader.GetInt64(1);
        }

        return scans;
    }

    private static async Task<List<(string Table, long Rows, string Size)>> Sizes(NpgsqlDataSource db)
    {
        var sizes = new List<(string, long, string)>();
        await using var command = db.CreateCommand("""
            SELECT relname, n_live_tup, pg_size_pretty(pg_total_relation_size(relid))
            FROM pg_stat_user_tables WHERE schemaname = 'dexflow' AND n_live_tup > 1000 ORDER BY pg_total_relation_size(relid) DESC
            """);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            sizes.Add((reader.GetString(0), reader.GetInt64(1), reader.GetString(2)));
        }

        return sizes;
    }

    private static double Percentile(List<double> values, double share)
    {
        values.Sort();
        return values[(int)Math.Min(values.Count - 1, Math.Ceiling(share * values.Count) - 1)];
    }

    private static async Task Write(string path, int orders, IReadOnlyList<MillionOrders.Phase> phases, TimeSpan generation, TimeSpan rollup,
        List<(string Table, long Rows, string Size)> sizes, List<(Query Query, double P50, double P95, string Indexes)> single,
        Dictionary<string, (double P95, int Runs)> concurrent, int seconds)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Run {BenchmarkReport.RunDescription()}. Command: `./scripts/bench-reports.sh` ({orders:N0} orders). Alone: 30 runs of each query after 3 unmeasured (5 for a query whose 3 took over 1.5 s); at once: 16 clients picking queries at random for {seconds} s, among those under 1 s alone (the others show –). Through the query classes the grains call (no HTTP), on a connection pool made as the silo makes its own (statements prepared once they repeat, no JIT), as the caller named.")
            .AppendLine();
        if (phases.Count > 0)
        {
            var took = string.Join(", ", phases.Select(phase => string.Create(CultureInfo.InvariantCulture, $"{phase.Name} {phase.Took.TotalSeconds:N0} s")));
            text.AppendLine(CultureInfo.InvariantCulture, $"Generated in {generation.TotalMinutes:N1} min: {took}.").AppendLine();
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"Daily rollups ({string.Join(", ", ReportCatalog.All.Where(report => report.Rollup is not null).Select(report => report.Name))}) refreshed in {rollup.TotalSeconds:N0} s (the first refresh rolls up every day; later ones only the last days and the days changed since).").AppendLine();

        text.AppendLine("| table | rows | size |").AppendLine("|---|---:|---:|");
        foreach (var (table, rows, size) in sizes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {table} | {rows:N0} | {size} |");
        }

        text.AppendLine().AppendLine("| query | alone p50 ms | alone p95 ms | 16 clients p95 ms | runs at once | indexes used |")
            .AppendLine("|---|---:|---:|---:|---:|---|");
        foreach (var (query, p50, p95, indexes) in single)
        {
            var key = query.Area + " / " + query.Name;
            var atOnce = concurrent.TryGetValue(key, out var mixed) ? string.Create(CultureInfo.InvariantCulture, $"{mixed.P95:N1} | {mixed.Runs:N0}") : "– | –";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {key} | {p50:N1} | {p95:N1} | {atOnce} | {indexes} |");
        }

        await BenchmarkReport.Replace(path, "read-models", text.ToString());
    }
}
