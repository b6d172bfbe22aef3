using System.Collections.Immutable;
using DexFlow.Api.Auth;
using DexFlow.Api.Exports;
using DexFlow.Contracts.Reports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DexFlow.Api.Reports;

/// <summary>Reports (domain.md §6) as JSON with a chart-ready series, or as CSV.</summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder routes)
    {
        var reports = routes.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        reports.MapGet("/", List).WithName("ListReports")
            .WithSummary("The reports the caller may run: administrators and auditors all of them, accountants the financial ones.");
        reports.MapGet("/{name}", Run).WithName("RunReport")
            .Produces<ReportResponse>(StatusCodes.Status200OK).Produces(StatusCodes.Status200OK, contentType: Csv.MediaType)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Runs a report over from..to (days in the shop's time zone, both included; by default the report's usual window ending today), "
                         + "grouped by groupBy (Day, Week or Month where the report has periods). JSON, or CSV with Accept: text/csv or format=csv.");
        return routes;
    }

    private static async Task<Ok<ImmutableArray<ReportInfo>>> List(HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IReportDeskGrain>(0).List(http.User.ToCaller()));

    private static async Task<IResult> Run(string name, HttpContext http, IGrainFactory grains, DateOnly? from, DateOnly? to,
        ReportPeriod? groupBy, string? format)
    {
        Csv.EnsureKnown(format);
        var table = await grains.GetGrain<IReportDeskGrain>(0).Run(http.User.ToCaller(), new ReportRequest(name, from, to, groupBy));
        return Csv.Requested(http, format)
            ? Csv.File($"{table.Name}-{table.From:yyyy-MM-dd}-{table.To:yyyy-MM-dd}.csv", table.Columns.Select(column => column.Name), table.Rows.Select(row => (IEnumerable<string?>)row))
            : TypedResults.Ok(ReportResponse.Of(table));
    }
}
