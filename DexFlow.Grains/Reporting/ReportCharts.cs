using System.Collections.Immutable;
using System.Globalization;
using DexFlow.Contracts.Reports;

namespace DexFlow.Grains.Reporting;

/// <summary>
/// A report's rows as a chart: labels in the order rows give them, one series per measure, or per value of the split
/// column; rows that share a label (several customers in one month) add up.
/// </summary>
public static class ReportCharts
{
    public static ReportChart Of(ReportDefinition report, ImmutableArray<ImmutableArray<string?>> rows)
    {
        var shape = report.Chart;
        var x = Column(report, shape.XAxis);
        var labels = rows.Select(row => row[x] ?? "").Distinct().ToImmutableArray();
        var position = labels.Select((label, index) => (label, index)).ToDictionary(item => item.label, item => item.index);

        var series = new List<(string Name, decimal[] Values)>();
        foreach (var measure in shape.Measures)
        {
            var m = Column(report, measure);
            var split = shape.SplitBy is { } by ? Column(report, by) : (int?)null;
            foreach (var group in rows.GroupBy(row => split is { } s ? row[s] ?? "" : measure))
            {
                var values = new decimal[labels.Length];
                foreach (var row in group)
                {
                    values[position[row[x] ?? ""]] += row[m] is { } value ? decimal.Parse(value, CultureInfo.InvariantCulture) : 0;
                }

                series.Add((group.Key, values));
            }
        }

        return new ReportChart(shape.XAxis, labels, [.. series.Select(item => new ChartSeries(item.Name, [.. item.Values]))]);
    }

    private static int Column(ReportDefinition report, string name)
    {
        for (var i = 0; i < report.Columns.Length; i++)
        {
            if (report.Columns[i].Name == name)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"The {report.Name} report has no column {name}.");
    }
}
