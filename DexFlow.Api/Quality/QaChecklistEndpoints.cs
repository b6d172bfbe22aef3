using System.Collections.Immutable;
using DexFlow.Api.Auth;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Quality;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DexFlow.Api.Quality;

/// <summary>The QA checklist as versioned data: administrators publish; QA, managers, administrators and auditors read.</summary>
public static class QaChecklistEndpoints
{
    public static IEndpointRouteBuilder MapQaChecklistEndpoints(this IEndpointRouteBuilder routes)
    {
        var checklist = routes.MapGroup("/api/qa/checklist").WithTags("Quality").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        checklist.MapGet("", Current).WithName("GetQaChecklist")
            .WithSummary("The QA checklist in force, with its version: each item's id, text, whether it is mandatory and the products it applies to (none: all).");
        checklist.MapGet("/history", History).WithName("ListQaChecklistVersions").WithSummary("Every published version, newest first: who, when, why.");
        checklist.MapGet("/{version:int}", Version).WithName("GetQaChecklistVersion").ProducesProblem(StatusCodes.Status404NotFound).WithSummary("An earlier version.");
        checklist.MapPut("", Publish).WithName("PublishQaChecklist").ProducesValidationProblem()
            .WithSummary("Publish a new checklist as the next version (administrators); QA reviews from then on answer it.");
        return routes;
    }

    private static async Task<Ok<QaChecklistVersion>> Current(HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Checklist(grains).Current(http.User.ToCaller()));

    private static async Task<Ok<ImmutableArray<QaChecklistVersion>>> History(HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Checklist(grains).History(http.User.ToCaller()));

    private static async Task<Ok<QaChecklistVersion>> Version(int version, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Checklist(grains).Version(http.User.ToCaller(), version));

    private static async Task<Ok<QaChecklistVersion>> Publish(PublishQaChecklistRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Checklist(grains).Publish(http.User.ToCaller(),
            request.Checklist ?? throw ValidationException.For("checklist", "Required."), request.Comment ?? ""));

    private static IQaChecklistGrain Checklist(IGrainFactory grains) => grains.GetGrain<IQaChecklistGrain>(0);
}
