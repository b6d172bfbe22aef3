using System.Collections.Immutable;
using DexFlow.Api.Auth;
using DexFlow.Contracts;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Webhooks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DexFlow.Api.Webhooks;

/// <summary>Webhooks: administrators register endpoints for event types; administrators and auditors follow the deliveries.</summary>
public static class WebhookEndpoints
{
    public static IEndpointRouteBuilder MapWebhookEndpoints(this IEndpointRouteBuilder routes)
    {
        var webhooks = routes.MapGroup("/api/webhooks").WithTags("Webhooks").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        webhooks.MapGet("", List).WithName("ListWebhooks").WithSummary("Every registered webhook, without its secret (administrators, auditors).");
        webhooks.MapPost("", Register).WithName("RegisterWebhook").ProducesValidationProblem()
            .WithSummary("Register an endpoint for event types (Order.RejectQa, Order.*, *; administrators). It hears the events committed from now on, "
                         + "each POSTed as JSON and signed in DexFlow-Signature (t=<unix seconds>,v1=<hex HMAC-SHA256 of \"t.body\" under the secret>). "
                         + "Without a secret DexFlow makes one; the answer is the only place it is shown. Only http(s) URLs to public hosts, "
                         + "or hosts the operators allowed.");
        webhooks.MapGet("/{id}", Get).WithName("GetWebhook").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One webhook, with why it is disabled when it is.");
        webhooks.MapPut("/{id}", Change).WithName("ChangeWebhook").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Change a webhook's URL, event types or secret (null keeps it), or disable and enable it (administrators). "
                         + "Enabled again, it goes on with the deliveries it had left.");
        webhooks.MapGet("/{id}/deliveries", Deliveries).WithName("ListWebhookDeliveries").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The webhook's deliveries, newest first, each with its status (Pending, Delivered, Failed), attempts, last answer or error "
                         + "and next attempt; status narrows them.");
        return routes;
    }

    private static async Task<Ok<ImmutableArray<WebhookView>>> List(HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Webhooks(grains).List(http.User.ToCaller()));

    private static async Task<Created<RegisteredWebhook>> Register(WebhookSettings settings, HttpContext http, IGrainFactory grains)
    {
        var registered = await Webhooks(grains).Register(http.User.ToCaller(), settings);
        return TypedResults.Created($"/api/webhooks/{registered.Webhook.Id}", registered);
    }

    private static async Task<Ok<WebhookView>> Get(string id, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Webhooks(grains).Get(http.User.ToCaller(), Id(id)));

    private static async Task<Ok<WebhookView>> Change(string id, WebhookSettings settings, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Webhooks(grains).Change(http.User.ToCaller(), Id(id), settings));

    private static async Task<Ok<WebhookDeliveryPage>> Deliveries(string id, HttpContext http, IGrainFactory grains, WebhookDeliveryStatus? status,
        int? page, int? pageSize)
    {
        if (Paging.Check(page, pageSize) is var (field, problem))
        {
            throw ValidationException.For(field, problem);
        }

        return TypedResults.Ok(await Webhooks(grains).Deliveries(http.User.ToCaller(), Id(id), status, page ?? 1, pageSize ?? Paging.DefaultPageSize));
    }

    private static Guid Id(string id) => Guid.TryParse(id, out var guid) ? guid : throw ValidationException.For("id", "Not a webhook's id.");

    private static IWebhooksGrain Webhooks(IGrainFactory grains) => grains.GetGrain<IWebhooksGrain>(0);
}
