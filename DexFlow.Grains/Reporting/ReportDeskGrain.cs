using System.Collections.Immutable;
using DexFlow.Contracts.Reports;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Company;
using Orleans.Concurrency;

namespace DexFlow.Grains.Reporting;

/// <summary>Lists and runs reports from the read models, in the shop's time zone.</summary>
// Holds no state: reports run side by side.
[StatelessWorker, Reentrant]
public sealed class ReportDeskGrain(ReportRunner runner, CompanyProfiles profiles, TimeProvider time) : Grain, IReportDeskGrain
{
    public Task<ImmutableArray<ReportInfo>> List(Caller caller) =>
        Task.FromResult(ReportCatalog.For(caller).Select(report => report.Info).ToImmutableArray());

    public async Task<ReportTable> Run(Caller caller, ReportRequest request)
    {
        var report = ReportCatalog.Find(caller, request.Name);
        var shop = await profiles.Current();
        var window = ReportWindow.For(report, request, shop.Day(time.GetUtcNow()), shop.Zone);
        return await runner.Run(report, caller, window);
    }
}
