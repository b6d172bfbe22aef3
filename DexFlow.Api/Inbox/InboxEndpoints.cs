using DexFlow.Api.Auth;
using DexFlow.Api.Polling;
using DexFlow.Contracts;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Inbox;
using DexFlow.Contracts.Orders;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DexFlow.Api.Inbox;

public static class InboxEndpoints
{
    public static IEndpointRouteBuilder MapInboxEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/inbox", Inbox).WithName("GetInbox").WithTags("Inbox").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesValidationProblem().WithContentETag()
            .WithSummary("What waits for you: order tasks, documents routed to your roles and, for clerks, the exception queue.")
            .WithDescription("One list, newest first (oldestFirst=true reverses it), paged with page (from 1) and pageSize (1 to 200, default 50); "
                             + "total counts every item that matches. filter=OrderTask, Document, Exception or Overdue narrows it to one kind. "
                             + "The answer carries an ETag: poll with If-None-Match and an unchanged inbox answers 304 with no body.");
        routes.MapPost("/api/inbox/documents/{documentId}/done", MarkDone).WithName("MarkInboxDocumentDone").WithTags("Inbox").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A routed document (or, for clerks, an exception) has been dealt with: it leaves the inbox.");
        return routes;
    }

    private static async Task<NoContent> MarkDone(string documentId, MarkDoneRequest? request, HttpContext http, IGrainFactory grains)
    {
        await grains.GetGrain<IOrderDeskGrain>(0).MarkDocumentDone(http.User.ToCaller(), documentId, request?.Note);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<InboxPage>> Inbox(HttpContext http, IGrainFactory grains, InboxFilter? filter, bool? oldestFirst, int? page, int? pageSize)
    {
        if (Paging.Check(page, pageSize) is var (field, problem))
        {
            throw ValidationException.For(field, problem);
        }

        var query = new InboxQuery(filter, oldestFirst ?? false, page ?? 1, pageSize ?? Paging.DefaultPageSize);
        return TypedResults.Ok(await grains.GetGrain<IOrderDeskGrain>(0).Inbox(http.User.ToCaller(), query));
    }
}
