namespace DexFlow.Contracts.Reports;

/// <summary>The periods a report's rows are grouped by, in the shop's time zone (weeks start on Monday).</summary>
[GenerateSerializer]
public enum ReportPeriod
{
    Day,
    Week,
    Month,
}
