using System.Collections.Immutable;
using DexFlow.Api.Auth;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Pricing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DexFlow.Api.Pricing;

/// <summary>The price list as versioned data (administrators publish) and estimates on demand.</summary>
public static class PricingEndpoints
{
    public static IEndpointRouteBuilder MapPricingEndpoints(this IEndpointRouteBuilder routes)
    {
        var pricing = routes.MapGroup("/api/pricing").WithTags("Pricing").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        pricing.MapGet("/price-list", Current).WithName("GetPriceList").WithSummary("The price list in force, with its version.");
        pricing.MapGet("/price-list/history", History).WithName("ListPriceListVersions").WithSummary("Every published version, newest first: who, when, why.");
        pricing.MapGet("/price-list/{version:int}", Version).WithName("GetPriceListVersion").ProducesProblem(StatusCodes.Status404NotFound).WithSummary("An earlier version.");
        pricing.MapPut("/price-list", Publish).WithName("PublishPriceList").ProducesValidationProblem().WithSummary("Publish a new price list as the next version (administrators).");
        pricing.MapPost("/estimate", Estimate).WithName("EstimateOrder").ProducesValidationProblem().WithSummary("Price a specification with the list in force; nothing is stored.");
        return routes;
    }

    private static async Task<Ok<PriceListVersion>> Current(HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Pricing(grains).Current(http.User.ToCaller()));

    private static async Task<Ok<ImmutableArray<PriceListVersion>>> History(HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Pricing(grains).History(http.User.ToCaller()));

    private static async Task<Ok<PriceListVersion>> Version(int version, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Pricing(grains).Version(http.User.ToCaller(), version));

    private static async Task<Ok<PriceListVersion>> Publish(PublishPriceListRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Pricing(grains).Publish(http.User.ToCaller(),
            request.PriceList ?? throw ValidationException.For("priceList", "Required."), request.Comment ?? ""));

    private static async Task<Ok<Estimate>> Estimate(EstimateRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Pricing(grains).Estimate(http.User.ToCaller(),
            request.Specification ?? throw ValidationException.For("specification", "Required.")));

    private static IPricingGrain Pricing(IGrainFactory grains) => grains.GetGrain<IPricingGrain>(0);
}
