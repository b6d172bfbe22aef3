using System.Collections.Immutable;
using DexFlow.Api.Auth;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Routing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DexFlow.Api.Routing;

/// <summary>The routing rules as versioned data: read, publish (administrators), dry run and replay.</summary>
public static class RoutingEndpoints
{
    public static IEndpointRouteBuilder MapRoutingEndpoints(this IEndpointRouteBuilder routes)
    {
        var routing = routes.MapGroup("/api/routing").WithTags("Routing").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        routing.MapGet("/rules", Current).WithName("GetRoutingRules").WithSummary("The rules in force, with their version.");
        routing.MapGet("/rules/history", History).WithName("ListRoutingRuleVersions").WithSummary("Every published version, newest first: who, when, why.");
        routing.MapGet("/rules/{version:int}", Version).WithName("GetRoutingRuleVersion").ProducesProblem(StatusCodes.Status404NotFound).WithSummary("An earlier version.");
        routing.MapPut("/rules", Publish).WithName("PublishRoutingRules").ProducesValidationProblem().WithSummary("Publish new rules as the next version (administrators); checked first.");
        routing.MapPost("/dry-run", DryRun).WithName("DryRunRouting").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("What the rules (or a draft) decide for a parcel's documents or for given facts, without doing it.");
        routing.MapPost("/replay", Replay).WithName("ReplayRouting").ProducesValidationProblem().WithSummary("How many of the last N routed documents a draft would route differently.");
        return routes;
    }

    private static async Task<Ok<RuleSetVersion>> Current(HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Routing(grains).Current(http.User.ToCaller()));

    private static async Task<Ok<ImmutableArray<RuleSetVersion>>> History(HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Routing(grains).History(http.User.ToCaller()));

    private static async Task<Ok<RuleSetVersion>> Version(int version, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Routing(grains).Version(http.User.ToCaller(), version));

    private static async Task<Ok<RuleSetVersion>> Publish(PublishRulesRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Routing(grains).Publish(http.User.ToCaller(),
            request.Rules ?? throw ValidationException.For("rules", "Required."), request.Comment ?? ""));

    private static async Task<Ok<ImmutableArray<RoutingDecision>>> DryRun(DryRunRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Routing(grains).DryRun(http.User.ToCaller(), request.ParcelId, request.Facts?.Completed(), request.Rules));

    private static async Task<Ok<ReplayReport>> Replay(ReplayRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Routing(grains).Replay(http.User.ToCaller(), request.Rules ?? throw ValidationException.For("rules", "Required."), request.Last ?? 100));

    private static IRoutingGrain Routing(IGrainFactory grains) => grains.GetGrain<IRoutingGrain>(0);
}
