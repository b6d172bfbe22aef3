namespace DexFlow.Web.Api;

/// <summary>A scanner station as <c>GET /api/scanner-stations</c> lists it: the id an upload names as its stationId.</summary>
public sealed record ScannerStation(string Id);
