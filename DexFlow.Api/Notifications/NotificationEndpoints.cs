using DexFlow.Api.Auth;
using DexFlow.Contracts.Notifications;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DexFlow.Api.Notifications;

/// <summary>The signed-in user's e-mail notification settings.</summary>
public static class NotificationEndpoints
{
    public static IEndpointRouteBuilder MapNotificationEndpoints(this IEndpointRouteBuilder routes)
    {
        var settings = routes.MapGroup("/api/me/notifications").WithTags("Notifications").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        settings.MapGet("", Get).WithName("GetNotificationSettings")
            .WithSummary("How you are told by e-mail of what concerns you: at once or in a digest (hourly), and the event types you muted.");
        settings.MapPut("", Set).WithName("SetNotificationSettings").ProducesValidationProblem()
            .WithSummary("Choose a digest or each event at once, and mute event types (Order.FlagDeadline, Parcel.*, * for none at all).");
        return routes;
    }

    private static async Task<Ok<NotificationSettings>> Get(HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<INotificationSettingsGrain>(0).Get(http.User.ToCaller()));

    private static async Task<Ok<NotificationSettings>> Set(NotificationSettings settings, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<INotificationSettingsGrain>(0).Set(http.User.ToCaller(), settings));
}
