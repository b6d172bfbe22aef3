using System.Globalization;

namespace DexFlow.Web.Api;

/// <summary>Reports: the list the user may run, one report as JSON, and the same as CSV to save.</summary>
public sealed partial class DexFlowClient
{
    public Task<IReadOnlyList<ReportInfo>> Reports(CancellationToken cancellationToken = default) =>
        Get<IReadOnlyList<ReportInfo>>("api/reports", cancellationToken);

    public Task<ReportResult> Report(string name, DateOnly? from, DateOnly? to, string? groupBy, CancellationToken cancellationToken = default) =>
        Get<ReportResult>(ReportPath(name, from, to, groupBy, format: null), cancellationToken);

    public async Task<byte[]> ReportCsv(string name, DateOnly? from, DateOnly? to, string? groupBy, CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync(ReportPath(name, from, to, groupBy, "csv"), cancellationToken);
        await EnsureSuccess(response, cancellationToken);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    private static string ReportPath(string name, DateOnly? from, DateOnly? to, string? groupBy, string? format) =>
        Query($"api/reports/{Uri.EscapeDataString(name)}", ("from", Day(from)), ("to", Day(to)), ("groupBy", groupBy), ("format", format));

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
