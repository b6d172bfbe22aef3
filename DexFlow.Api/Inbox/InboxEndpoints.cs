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
            .WithSummary("What waits for you: orders oldest first, then routed documents most urgent first.");
        routes.MapPost("/api/inbox/documents/{documentId}/done", MarkDone).WithTags("Inbox").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A routed document (or, for clerks, an exception) has been dealt with: it leaves the inbox.");
        return routes;
    }

    private static async Task<NoContent> MarkDone(string documentId, MarkDoneRequest? request, HttpContext http, IGrainFactory grains)
    {
        await grains.GetGrain<IOrderDeskGrain>(0).MarkDocumentDone(http.User.ToCaller(), documentId, request?.Note);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<ImmutableArray<InboxItem>>> Inbox(HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IOrderDeskGrain>(0).Inbox(http.User.ToCaller()));
}
