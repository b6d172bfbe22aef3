namespace DexFlow.Api.Capture;

/// <summary>A scanner station as the intake page offers it (<c>GET /api/scanner-stations</c>): only what an upload names.</summary>
public sealed record ScannerStation(string Id);
