namespace DexFlow.Web.Api;

// What the intake page reads besides the parcels it uploads.
public sealed partial class DexFlowClient
{
    /// <summary>The enabled scanner stations an upload may name, ids only (not the capture points' settings).</summary>
    public Task<IReadOnlyList<ScannerStation>> ScannerStations(CancellationToken cancellationToken = default) =>
        Get<IReadOnlyList<ScannerStation>>("api/scanner-stations", cancellationToken);
}
