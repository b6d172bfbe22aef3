using System.Collections.Immutable;
using DexFlow.Api.Auth;
using DexFlow.Api.Concurrency;
using DexFlow.Contracts;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Commands;
using DexFlow.Contracts.Orders.Views;
using DexFlow.Contracts.Quality;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DexFlow.Api.Orders;

/// <summary>The order REST resource: creation, reads, edits with ETags, and every lifecycle transition.</summary>
public static class OrderEndpoints
{
    public static IEndpointRouteBuilder MapOrderEndpoints(this IEndpointRouteBuilder routes)
    {
        var orders = routes.MapGroup("/api/orders").WithTags("Orders").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout);

        orders.MapPost("/", Create).WithName("CreateOrder").ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Create a draft, optionally from a template order; honours Idempotency-Key.")
            .WithDescription(CreateDescription);
        orders.MapGet("/", List).WithName("ListOrders").ProducesValidationProblem().WithSummary("List the orders you may see; the archive search filters by stages, days created, due, completed and archived "
            + "(from..to, both included, in the shop's time zone) and the estimate's net amount (orders whose prices you see).");

        var order = orders.MapGroup("/{number}").ProducesProblem(StatusCodes.Status404NotFound);
        order.MapGet("/", Get).WithName("GetOrder").WithSummary("Read an order; the response carries its ETag.");
        order.MapPut("/", Edit).WithName("EditOrder").ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithSummary("Replace the order form of a draft or an order sent back for adjustments; requires If-Match.");
        order.MapGet("/history", History).WithName("GetOrderHistory")
            .WithSummary("The audit trail, oldest first, as far as you may read it: everything with the audit group, otherwise the entries of the field groups you see.");

        MapTransition(order, "SubmitOrder", "/submit", (_, _) => new SubmitOrder(), "Submit the order for processing and review.", accepted: true);
        MapTransition<ReviewRequest>(order, "ReviewAccounting", "/accounting-review", (request, _) => Review(ReviewSide.Accounting, request), "Accounting approves or rejects (with reasons).");
        MapTransition<ReviewRequest>(order, "ReviewQa", "/qa-review", (request, _) => Review(ReviewSide.Qa, request), "QA approves or rejects (with reasons).");
        MapTransition<CancelRequest>(order, "CancelOrder", "/cancel", (request, _) => new CancelOrder(request?.Reason ?? ""), "Cancel the order, with a reason.");
        MapProcessReport(order, "StartProcess", "start", processId => new StartProcess(processId), "An operator reports that a process started.");
        MapProcessReport(order, "FinishProcess", "finish", processId => new FinishProcess(processId), "An operator reports that a process is done; the last completes the order.");
        order.MapPost("/payments", RecordPayment).WithName("RecordPayment").WithTransitionProblems(
                "Accounting records a payment against an invoice; honours Idempotency-Key (the same key and body return the payment the first request recorded).")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        MapTransition(order, "ArchiveOrder", "/archive", (_, _) => new ArchiveOrder(), "Move a completed or cancelled order to the archive.");
        MapTransition(order, "RetryProcessing", "/retry-processing", (_, _) => new RetryProcessing(), "Restart processing that gave up.");
        return routes;
    }

    private const string CreateDescription =
        "With templateOrder, the new draft starts from that order's customer and specification (never its documents, approvals, "
        + "invoices or schedule), merged field by field with the customer and specification given here: a field given replaces "
        + "the copied one, a field left out (or null) keeps it; finishing given, even as an empty list, replaces the copied operations. "
        + "To clear a copied field, edit the draft afterwards (PUT). Without templateOrder, customer is required.";

    private static async Task<Created<OrderView>> Create(CreateOrderRequest request, HttpContext http, IGrainFactory grains,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey)
    {
        var created = await grains.GetGrain<IOrderDeskGrain>(0).Create(http.User.ToCaller(), request.ToNewOrder(), idempotencyKey);
        http.Response.Headers.ETag = ETags.For(created.Order.Version);
        if (created.Replayed)
        {
            http.Response.Headers["Idempotent-Replayed"] = "true";
        }

        return TypedResults.Created($"/api/orders/{created.Order.Number}", created.Order);
    }

    private static async Task<Ok<OrderPage>> List(HttpContext http, IGrainFactory grains, OrderStage? stage, string? customer,
        string? text, bool? archived, int? page, int? pageSize, [AsParameters] ArchiveFilters filters)
    {
        if (Paging.Check(page, pageSize) is var (field, problem))
        {
            throw ValidationException.For(field, problem);
        }

        var query = filters.Apply(new OrderQuery(stage, customer, text, archived, page ?? 1, pageSize ?? Paging.DefaultPageSize));
        return TypedResults.Ok(await grains.GetGrain<IOrderDeskGrain>(0).List(http.User.ToCaller(), query));
    }

    private static async Task<Results<Ok<OrderView>, StatusCodeHttpResult>> Get(string number, HttpContext http, IGrainFactory grains)
    {
        var view = await Order(grains, number).Get(http.User.ToCaller());
        http.Response.Headers.ETag = ETags.For(view.Version);
        return ETags.Matches(http.Request, view.Version)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(view);
    }

    private static async Task<Results<Ok<OrderView>, ProblemHttpResult>> Edit(string number, OrderFormRequest request, HttpContext http, IGrainFactory grains)
    {
        if (ETags.Expected(http.Request) is not { } expected)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status428PreconditionRequired,
                type: Problems.ProblemTypes.PreconditionRequired,
                title: "If-Match is required.",
                detail: "Send the ETag from GET /api/orders/{number} in If-Match, so that concurrent edits cannot overwrite each other.");
        }

        var view = await Order(grains, number).Execute(http.User.ToCaller(), new EditOrder(request.ToDraft()), expected);
        http.Response.Headers.ETag = ETags.For(view.Version);
        return TypedResults.Ok(view);
    }

    private static async Task<Ok<ImmutableArray<AuditEntry>>> History(string number, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Order(grains, number).History(http.User.ToCaller()));

    private static void MapTransition(RouteGroupBuilder order, string name, string path, Func<object?, HttpContext, OrderCommand> command, string summary, bool accepted = false) =>
        order.MapPost(path, async (string number, HttpContext http, IGrainFactory grains) =>
                await Transition(number, http, grains, command(null, http), accepted))
            .WithTransitionProblems(summary).WithName(name);

    private static void MapProcessReport(RouteGroupBuilder order, string name, string verb, Func<string, OrderCommand> command, string summary) =>
        order.MapPost($"/processes/{{processId}}/{verb}", async (string number, string processId, HttpContext http, IGrainFactory grains) =>
                await Transition(number, http, grains, command(processId), accepted: false))
            .WithTransitionProblems(summary).WithName(name);

    private static void MapTransition<TRequest>(RouteGroupBuilder order, string name, string path, Func<TRequest?, HttpContext, OrderCommand> command, string summary) =>
        order.MapPost(path, async (string number, TRequest? request, HttpContext http, IGrainFactory grains) =>
                await Transition(number, http, grains, command(request, http), accepted: false))
            .WithTransitionProblems(summary).WithName(name);

    private static async Task<Results<Ok<OrderView>, Accepted<OrderView>>> Transition(string number, HttpContext http, IGrainFactory grains,
        OrderCommand command, bool accepted)
    {
        var view = await Order(grains, number).Execute(http.User.ToCaller(), command, ETags.Expected(http.Request));
        http.Response.Headers.ETag = ETags.For(view.Version);
        return accepted ? TypedResults.Accepted($"/api/orders/{view.Number}", view) : TypedResults.Ok(view);
    }

    private static RouteHandlerBuilder WithTransitionProblems(this RouteHandlerBuilder endpoint, string summary) =>
        endpoint.ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithSummary(summary);

    private static ReviewOrder Review(ReviewSide side, ReviewRequest? request) => request?.Decision switch
    {
        ReviewDecision.Approve => new ReviewOrder(side, true, [.. request.Reasons ?? []]) { Checklist = Checklist(request) },
        ReviewDecision.Reject => new ReviewOrder(side, false, [.. request.Reasons ?? []]) { Checklist = Checklist(request) },
        _ => throw ValidationException.For("decision", "Required: Approve or Reject."),
    };

    private static ImmutableArray<ChecklistResult> Checklist(ReviewRequest request) =>
        [.. (request.Checklist ?? []).Select((result, index) => result is { ItemId: { } item, Passed: { } passed }
            ? new ChecklistResult(item, passed, result.Note)
            : throw ValidationException.For($"checklist[{index}]", "itemId and passed are required."))];


    private static async Task<Ok<OrderView>> RecordPayment(string number, PaymentRequest? request, HttpContext http, IGrainFactory grains,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey)
    {
        var payment = request is { InvoiceNumber: { } invoice, Amount: { } amount, PaidOn: { } paidOn }
            ? new RecordPayment(invoice, amount, paidOn)
            : throw ValidationException.For("invoiceNumber", "invoiceNumber, amount and paidOn are required.");
        var change = await Order(grains, number).RecordPayment(http.User.ToCaller(), payment, idempotencyKey, ETags.Expected(http.Request));
        return Changed(http, change);
    }

    /// <summary>The order after a change made under an Idempotency-Key, with its ETag, and marked when it was an earlier request's.</summary>
    internal static Ok<OrderView> Changed(HttpContext http, OrderChange change)
    {
        http.Response.Headers.ETag = ETags.For(change.Order.Version);
        if (change.Replayed)
        {
            http.Response.Headers["Idempotent-Replayed"] = "true";
        }

        return TypedResults.Ok(change.Order);
    }

    internal static IOrderGrain Order(IGrainFactory grains, string number) =>
        OrderNumbers.IsWellFormed(number) ? grains.GetGrain<IOrderGrain>(number) : throw new NotFoundException("Order", number);
}
