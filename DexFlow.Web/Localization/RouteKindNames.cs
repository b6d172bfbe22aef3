using DexFlow.Web.Api;
using DexFlow.Web.Resources;
using Microsoft.Extensions.Localization;

namespace DexFlow.Web.Localization;

/// <summary>Where routing put a document (on an order, an inbox, the exception queue, ...) in the user's language (<c>Route{Kind}</c>).</summary>
public static class RouteKindNames
{
    public static string Route(this IStringLocalizer<Strings> texts, RouteKind kind) =>
        texts[$"Route{kind}"] is { ResourceNotFound: false } name ? name.Value : kind.ToString();
}
