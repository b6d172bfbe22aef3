namespace DexFlow.Grains.Reporting;

/// <summary>SQL the reports share.</summary>
public static class ReportSql
{
    /// <summary>Every period of the window (as "period"), so that a period without a fact still has its row.</summary>
    public const string Periods = """
        periods AS (
            SELECT generate_series(date_trunc(@unit, @from AT TIME ZONE @zone),
                                   (@to AT TIME ZONE @zone) - interval '1 microsecond',
                                   ('1 ' || @unit)::interval)::date AS period)
        """;

    /// <summary>The period a moment falls in, in the shop's time zone.</summary>
    public static string PeriodOf(string moment) => $"date_trunc(@unit, {moment} AT TIME ZONE @zone)::date";

    /// <summary>Stages in the order of their lifecycle (@stages holds them in that order).</summary>
    public static string StageOrder(string stage) => $"array_position(@stages, {stage})";
}
