using DexFlow.Web.Api;
using DexFlow.Web.Resources;
using Microsoft.Extensions.Localization;

namespace DexFlow.Web.Localization;

/// <summary>A routing rule's decision (attach, new draft, inbox, ...) as the user's language names it (<c>Decision{Outcome}</c>).</summary>
public static class RoutingOutcomeNames
{
    public static string Decision(this IStringLocalizer<Strings> texts, RoutingOutcome outcome) =>
        texts[$"Decision{outcome}"] is { ResourceNotFound: false } name ? name.Value : outcome.ToString();
}
