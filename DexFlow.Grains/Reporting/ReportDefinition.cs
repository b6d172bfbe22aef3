using System.Collections.Immutable;
using DexFlow.Contracts.Reports;
using DexFlow.Contracts.Security;

namespace DexFlow.Grains.Reporting;

/// <summary>
/// A report as data: who may run it, the periods it groups by, its SQL and the columns the SQL returns, and how it
/// reads as a chart. The SQL gets @from and @to (the window as instants), @zone (the shop's time zone) and @unit (the
/// period, for date_trunc); where it reads orders as <c>o</c>, <c>{visible}</c> stands for the caller's visibility, and
/// where it reads a daily rollup, <c>{days}</c> stands for the window's days of it.
/// </summary>
public sealed record ReportDefinition(
    string Name,
    string Title,
    string Description,
    Roles Audience,
    ImmutableArray<ReportPeriod> Periods,
    int DefaultDays,
    ImmutableArray<ReportColumn> Columns,
    ChartShape Chart,
    string Sql)
{
    /// <summary>Whether the default window starts today and looks ahead (plans) rather than ending today.</summary>
    public bool DefaultAhead { get; init; }

    /// <summary>The daily rollup the SQL reads as <c>{days}</c>, if it reads one.</summary>
    public Rollups.ReportRollup? Rollup { get; init; }

    /// <summary>Financial reports are open to accountants besides administrators and auditors.</summary>
    public bool Financial => Audience.HasFlag(Roles.Accountant);

    public ReportInfo Info => new(Name, Title, Description, Financial, Periods);

    public static ReportColumn Text(string name) => new(name, ReportValueKind.Text);

    public static ReportColumn Integer(string name) => new(name, ReportValueKind.Integer);

    public static ReportColumn Number(string name) => new(name, ReportValueKind.Number);

    public static ReportColumn Date(string name) => new(name, ReportValueKind.Date);
}

/// <summary>
/// Which columns make the chart: the x axis, the measures, and optionally a column whose values split one measure into
/// series of their own (the stage, the capture point).
/// </summary>
public sealed record ChartShape(string XAxis, ImmutableArray<string> Measures, string? SplitBy = null);
