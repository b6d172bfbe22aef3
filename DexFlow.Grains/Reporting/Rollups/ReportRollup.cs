namespace DexFlow.Grains.Reporting.Rollups;

/// <summary>
/// A daily rollup: its table, its columns (day first), and the SQL that computes them for the days from @day_from to
/// @day_to (instants at the shop's midnights; @zone its time zone). The same SQL fills the table and answers the days a
/// report needs that are not rolled up yet. <see cref="DirtyDaysSql"/>, where given, names earlier days whose figures
/// changed since @since (payments on invoices issued then).
/// </summary>
public sealed record ReportRollup(string Name, string Table, IReadOnlyList<string> Columns, string DaySql, string? DirtyDaysSql = null)
{
    /// <summary>The report's days: the rolled-up ones in its window, then the rest computed now.</summary>
    public string Days => $"""
        (SELECT {string.Join(", ", Columns)} FROM dexflow.{Table} WHERE day >= @from_day AND day <= @to_day AND day < @rolled_until
         UNION ALL
         {DaySql})
        """;
}
