using System.Collections.Immutable;
using DexFlow.Api.Auth;
using DexFlow.Contracts.Capture;
using DexFlow.Contracts.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DexFlow.Api.Capture;

/// <summary>Capture points as configuration data: administrators create and change them; clerks and auditors watch their statistics.</summary>
public static class CaptureEndpoints
{
    public static IEndpointRouteBuilder MapCaptureEndpoints(this IEndpointRouteBuilder routes)
    {
        var points = routes.MapGroup("/api/capture-points").WithTags("Capture points").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        points.MapGet("/", List).WithName("ListCapturePoints").WithSummary("Every configured capture point with its statistics.");
        points.MapGet("/{id}", Get).WithName("GetCapturePoint").ProducesProblem(StatusCodes.Status404NotFound).WithSummary("One capture point.");
        points.MapPut("/{id}", Configure).WithName("ConfigureCapturePoint").ProducesValidationProblem()
            .WithSummary("Create or change a capture point: a watched folder, an IMAP mailbox, or a scanner station that uploads name; administrators only.");
        routes.MapGet("/api/scanner-stations", ScannerStations).WithName("ListScannerStations").WithTags("Capture points").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("The enabled scanner stations an upload may name as its stationId: their ids and nothing else of the capture points.");
        return routes;
    }

    // The intake page only needs the ids to offer; the capture points' folders, mailboxes and statistics stay on the
    // configuration pages. The same people may ask as may list the capture points.
    private static async Task<Ok<ImmutableArray<ScannerStation>>> ScannerStations(HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok((await grains.GetGrain<ICaptureDirectoryGrain>(0).List(http.User.ToCaller()))
            .Where(point => point is { Kind: CaptureKind.ScannerStation, Enabled: true })
            .Select(point => new ScannerStation(point.Id))
            .OrderBy(station => station.Id, StringComparer.Ordinal)
            .ToImmutableArray());

    private static async Task<Ok<ImmutableArray<CapturePointView>>> List(HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<ICaptureDirectoryGrain>(0).List(http.User.ToCaller()));

    private static async Task<Ok<CapturePointView>> Get(string id, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Point(grains, id).Get(http.User.ToCaller()));

    private static async Task<Ok<CapturePointView>> Configure(string id, CapturePointSettings settings, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Point(grains, id).Configure(http.User.ToCaller(), settings));

    private static ICapturePointGrain Point(IGrainFactory grains, string id) =>
        CapturePointIds.IsWellFormed(id) ? grains.GetGrain<ICapturePointGrain>(id) : throw ValidationException.For("id", "Lower-case letters, digits and dashes, at most 60.");
}
