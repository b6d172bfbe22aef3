using System.Collections.Frozen;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Reporting.Reports;
using DexFlow.Grains.Security;

namespace DexFlow.Grains.Reporting;

/// <summary>The reports of domain.md §6, and who may run each.</summary>
public static class ReportCatalog
{
    public static IReadOnlyList<ReportDefinition> All { get; } =
    [
        ActiveOrdersReport.Definition,
        ThroughputReport.Definition,
        TimeInStageReport.Definition,
        RejectionsReport.Definition,
        DeadlineBreachesReport.Definition,
        InvoicingReport.Definition,
        OnTimeDeliveryReport.Definition,
        ResourceLoadReport.Definition,
        IntakeReport.Definition,
        IndexingShareReport.Definition,
        OcrConfidenceReport.Definition,
    ];

    private static readonly FrozenDictionary<string, ReportDefinition> ByName = All.ToFrozenDictionary(report => report.Name, StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<ReportDefinition> For(Caller caller) => All.Where(report => caller.Has(report.Audience));

    /// <summary>The report, if it exists and the caller may run it.</summary>
    public static ReportDefinition Find(Caller caller, string name)
    {
        if (!ByName.TryGetValue(name, out var report))
        {
            throw new NotFoundException("Report", name);
        }

        caller.EnsureRole(report.Audience, $"run the {report.Name} report");
        return report;
    }
}
