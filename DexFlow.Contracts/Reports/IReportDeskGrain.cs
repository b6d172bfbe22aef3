using System.Collections.Immutable;
using DexFlow.Contracts.Security;

namespace DexFlow.Contracts.Reports;

/// <summary>
/// Reports (domain.md §6), computed from the read models: administrators and auditors run all of them, accountants
/// the financial ones. A report never holds an order its reader may not see, nor a field of one.
/// </summary>
[Alias("dexflow.report-desk")]
public interface IReportDeskGrain : IGrainWithIntegerKey
{
    /// <summary>The reports the caller may run.</summary>
    [Alias("list")]
    Task<ImmutableArray<ReportInfo>> List(Caller caller);

    /// <summary>Runs a report; an unknown name is a <see cref="Errors.NotFoundException"/>, one the caller may not run a <see cref="Errors.ForbiddenException"/>.</summary>
    [Alias("run")]
    Task<ReportTable> Run(Caller caller, ReportRequest request);
}
