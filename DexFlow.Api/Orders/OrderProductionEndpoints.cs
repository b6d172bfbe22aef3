using System.Collections.Immutable;
using DexFlow.Api.Auth;
using DexFlow.Api.Concurrency;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Orders.Views;
using DexFlow.Contracts.Planning;
using DexFlow.Contracts.Orders;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DexFlow.Api.Orders;

/// <summary>Planning an order on the shop's resources, and its credit notes.</summary>
public static class OrderProductionEndpoints
{
    public static IEndpointRouteBuilder MapOrderProductionEndpoints(this IEndpointRouteBuilder routes)
    {
        var order = routes.MapGroup("/api/orders/{number}").WithTags("Orders").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        order.MapGet("/schedule/proposal", Proposal).WithName("ProposeSchedule").WithSummary("The earliest feasible slots for the order's processes (planners).");
        order.MapPut("/schedule", Confirm).WithName("ConfirmSchedule").ProducesValidationProblem().ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithSummary("Confirm or move the plan; conflicts on a resource are refused, naming each.");
        order.MapPost("/credit-notes", CreditNote).WithName("IssueCreditNote").ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout)
            .WithSummary("Issue a credit note against an invoice (accountants); honours Idempotency-Key (the same key and body return the credit note the first request issued).");
        return routes;
    }

    private static async Task<Ok<ScheduleProposal>> Proposal(string number, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await OrderEndpoints.Order(grains, number).ProposeSchedule(http.User.ToCaller()));

    private static async Task<Ok<OrderView>> Confirm(string number, ScheduleRequest request, HttpContext http, IGrainFactory grains)
    {
        var slots = request.Slots ?? throw ValidationException.For("slots", "Required: a slot for every process.");
        var parsed = slots.Select((slot, i) => slot is { ProcessId: { } process, ResourceId: { } resource, Start: { } start }
            ? new ProcessSlot(process, resource, start)
            : throw ValidationException.For($"slots[{i}]", "processId, resourceId and start are required.")).ToImmutableArray();
        var view = await OrderEndpoints.Order(grains, number).ConfirmSchedule(http.User.ToCaller(), parsed, request.Note, ETags.Expected(http.Request));
        http.Response.Headers.ETag = ETags.For(view.Version);
        return TypedResults.Ok(view);
    }

    private static async Task<Ok<OrderView>> CreditNote(string number, CreditNoteRequest request, HttpContext http, IGrainFactory grains,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey)
    {
        var creditNote = new NewCreditNote(
            request.InvoiceNumber ?? throw ValidationException.For("invoiceNumber", "Required."),
            request.Amount ?? throw ValidationException.For("amount", "Required."),
            request.Reason ?? "");
        var change = await OrderEndpoints.Order(grains, number).IssueCreditNote(http.User.ToCaller(), creditNote, idempotencyKey);
        return OrderEndpoints.Changed(http, change);
    }
}
