using System.Collections.Immutable;
using DexFlow.Api.Auth;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Views;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DexFlow.Api.Inbox;

public static class InboxEndpoints
{
    public static IEndpointRouteBuilder MapInboxEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/inbox", Inbox).WithTags("Inbox").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithSummary("What waits for you, oldest first.");
        return routes;
    }

    private static async Task<Ok<ImmutableArray<InboxItem>>> Inbox(HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IOrderDeskGrain>(0).Inbox(http.User.ToCaller()));
}
