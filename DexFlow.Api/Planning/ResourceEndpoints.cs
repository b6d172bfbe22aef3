using System.Collections.Immutable;
using DexFlow.Api.Auth;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Planning;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DexFlow.Api.Planning;

/// <summary>The shop's resources, their calendars and bookings.</summary>
public static class ResourceEndpoints
{
    private static readonly TimeSpan MaxWindow = TimeSpan.FromDays(366);

    public static IEndpointRouteBuilder MapResourceEndpoints(this IEndpointRouteBuilder routes)
    {
        var resources = routes.MapGroup("/api/resources").WithTags("Planning").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        resources.MapGet("/", List).WithName("ListResources").WithSummary("Every resource with its kind and calendar.");
        resources.MapPut("/{id}", Put).WithName("PutResource").ProducesValidationProblem().WithSummary("Add or change a resource (administrators).");
        resources.MapGet("/{id}/bookings", Bookings).WithName("ListResourceBookings").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The resource's bookings overlapping [from, to) (default: the next 14 days).");
        return routes;
    }

    private static async Task<Ok<ImmutableArray<ResourceView>>> List(HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IResourceDirectoryGrain>(0).List(http.User.ToCaller()));

    private static async Task<Ok<ResourceView>> Put(string id, ResourceSettings settings, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IResourceDirectoryGrain>(0).Put(http.User.ToCaller(), id, settings));

    private static async Task<Ok<ResourceBookings>> Bookings(string id, HttpContext http, IGrainFactory grains, DateTimeOffset? from, DateTimeOffset? to)
    {
        var now = DateTimeOffset.UtcNow;
        var start = from ?? now;
        if (start < now.AddYears(-10) || start > now.AddYears(10))
        {
            throw ValidationException.For("from", "Within ten years of today.");
        }

        var end = to ?? start.AddDays(14);
        if (end <= start || end - start > MaxWindow)
        {
            throw ValidationException.For("to", "After from, and at most a year after it.");
        }

        var caller = http.User.ToCaller();
        var known = await grains.GetGrain<IResourceDirectoryGrain>(0).List(caller);
        if (known.All(resource => resource.Id != id))
        {
            throw new NotFoundException("Resource", id);
        }

        return TypedResults.Ok(await grains.GetGrain<IResourceGrain>(id).Bookings(caller, start, end));
    }
}
