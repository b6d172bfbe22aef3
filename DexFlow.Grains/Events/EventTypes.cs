using System.Collections.Immutable;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Orders;
using DexFlow.Grains.Parcels;

namespace DexFlow.Grains.Events;

/// <summary>
/// The event types webhooks ask for and people mute: a subject's kind and an action its history records (<c>Order.RejectQa</c>,
/// <c>Parcel.Route</c>, <c>Webhook.Disable</c>), every action of a kind (<c>Order.*</c>), or everything (<c>*</c>).
/// </summary>
public static class EventTypes
{
    public const string Disable = "Disable";

    private static readonly ImmutableHashSet<string> Known =
    [
        .. Enum.GetNames<OrderAction>().Select(action => $"{EventVisibility.Order}.{action}"),
        // A parcel's history says Route for both outcomes of routing.
        .. Enum.GetNames<ParcelAction>().Where(action => action != nameof(ParcelAction.RouteToClerk)).Select(action => $"{EventVisibility.Parcel}.{action}"),
        $"{EventVisibility.Parcel}.{WaitingParcels.WaitTooLong}",
        $"{EventVisibility.Webhook}.{Disable}",
        "*",
        $"{EventVisibility.Order}.*",
        $"{EventVisibility.Parcel}.*",
        $"{EventVisibility.Webhook}.*",
    ];

    public const int MaxTypes = 50;

    /// <summary>The types, without repeats, or a validation error on <paramref name="field"/>; none are refused unless <paramref name="someRequired"/>.</summary>
    public static ImmutableArray<string> Check(ImmutableArray<string> types, string field = "eventTypes", bool someRequired = true)
    {
        if (types.IsDefaultOrEmpty)
        {
            return someRequired ? throw ValidationException.For(field, "Name at least one event type, e.g. Order.RejectQa, Order.* or *.") : [];
        }

        if (types.Length > MaxTypes)
        {
            throw ValidationException.For(field, $"At most {MaxTypes}.");
        }

        var unknown = types.Where(type => type is null || !Known.Contains(type)).ToArray();
        return unknown.Length == 0
            ? [.. types.Distinct(StringComparer.Ordinal)]
            : throw ValidationException.For(field, $"Not an event type: {string.Join(", ", unknown.Select(type => type ?? "null"))}. "
                                                         + "Use Kind.Action (Order.RejectQa, Parcel.Route, Webhook.Disable), Kind.* or *.");
    }

    public static bool Wants(ImmutableArray<string> types, string eventType) =>
        types.Any(type => type == "*" || type == eventType || (type.EndsWith(".*", StringComparison.Ordinal) && eventType.StartsWith(type[..^1], StringComparison.Ordinal)));
}
