using DexFlow.Api.Auth;
using DexFlow.Contracts;
using DexFlow.Contracts.Capture;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Parcels;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DexFlow.Api.Parcels;

/// <summary>
/// REST intake and the clerks' work: upload documents as a parcel (also the scanner stations' and fax gateways'
/// door), follow it, correct it in manual indexing, retry it when it failed.
/// </summary>
public static class ParcelEndpoints
{
    public const string UploadCapturePoint = "rest-upload";

    public static IEndpointRouteBuilder MapParcelEndpoints(this IEndpointRouteBuilder routes)
    {
        var parcels = routes.MapGroup("/api/parcels").WithTags("Parcels").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        parcels.MapPost("/", Upload).WithName("UploadParcel").DisableAntiforgery()
            .Accepts<IFormFileCollection>("multipart/form-data")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Upload one or more files as a parcel (multipart/form-data; optional fields stationId (a configured scanner station), fax, note); honours Idempotency-Key.");
        parcels.MapGet("/{id}", Get).WithName("GetParcel").WithSummary("A parcel: its files, pages, documents, fields and stage.");
        parcels.MapPost("/{id}/corrections", Correct).WithName("CorrectParcel").ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict).WithSummary("Correct a parcel waiting for manual indexing; it goes on to routing.");
        parcels.MapPost("/{id}/retry", Retry).WithName("RetryParcel").ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Start a failed parcel again from the step that failed.");
        routes.MapGet("/api/indexing/queue", Queue).WithName("ListIndexingQueue").WithTags("Parcels").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesValidationProblem()
            .WithSummary("Parcels waiting for a clerk (manual indexing) and failed parcels, oldest first, or the parcels in one stage.")
            .WithDescription("Paged with page (from 1) and pageSize (1 to 200, default 50); total counts every parcel that matches.");
        return routes;
    }

    private static async Task<Accepted<ParcelView>> Upload(HttpContext http, IGrainFactory grains, IOptions<ParcelUploadOptions> options,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.Value.MaxRequestBytes;
        }

        var caller = http.User.ToCaller();
        var upload = await UploadReader.Read(http.Request, grains, options.Value, http.RequestAborted);
        var station = upload.Fields.GetValueOrDefault("stationId");
        var fax = bool.TryParse(upload.Fields.GetValueOrDefault("fax"), out var isFax) && isFax;
        if (station is { Length: > 0 } && !(CapturePointIds.IsWellFormed(station) && await grains.GetGrain<ICapturePointGrain>(station).TakesScans()))
        {
            throw ValidationException.For("stationId", $"'{station}' is not a configured, enabled scanner station.");
        }

        var (capturePoint, channel) = station is { Length: > 0 }
            ? (station, fax ? CaptureChannel.Fax : CaptureChannel.Scanner)
            : (UploadCapturePoint, fax ? CaptureChannel.Fax : CaptureChannel.Upload);
        var key = string.IsNullOrEmpty(idempotencyKey) ? Guid.NewGuid().ToString("N") : $"{caller.UserId}:{idempotencyKey}";
        var details = DeliveryDetails.None with { StationId = station, Note = upload.Fields.GetValueOrDefault("note"), Sender = caller.DisplayName };
        var delivery = new Delivery(capturePoint, channel, key, upload.Files, details);
        var parcel = await grains.GetGrain<IParcelGrain>(delivery.ParcelId).Receive(caller, delivery);
        return TypedResults.Accepted($"/api/parcels/{parcel.Id}", parcel);
    }

    private static async Task<Ok<ParcelView>> Get(string id, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Parcel(grains, id).Get(http.User.ToCaller()));

    private static async Task<Ok<ParcelView>> Correct(string id, CorrectionsRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Parcel(grains, id).Correct(http.User.ToCaller(), request.ToCorrections()));

    private static async Task<Ok<ParcelView>> Retry(string id, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Parcel(grains, id).Retry(http.User.ToCaller()));

    private static async Task<Ok<ParcelQueuePage>> Queue(HttpContext http, IGrainFactory grains, ParcelStage? stage, int? page, int? pageSize)
    {
        if (Paging.Check(page, pageSize) is var (field, problem))
        {
            throw ValidationException.For(field, problem);
        }

        return TypedResults.Ok(await grains.GetGrain<IParcelDeskGrain>(0).Queue(http.User.ToCaller(), stage, page ?? 1, pageSize ?? Paging.DefaultPageSize));
    }

    private static IParcelGrain Parcel(IGrainFactory grains, string id) =>
        ParcelIds.IsWellFormed(id) ? grains.GetGrain<IParcelGrain>(id) : throw new NotFoundException("Parcel", id);
}
