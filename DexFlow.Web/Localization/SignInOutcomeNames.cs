using DexFlow.Web.Api;
using DexFlow.Web.Resources;
using Microsoft.Extensions.Localization;

namespace DexFlow.Web.Localization;

/// <summary>What became of a sign-in attempt, as the user's language names it (<c>SignInOutcome{Outcome}</c>).</summary>
public static class SignInOutcomeNames
{
    public static string SignInOutcome(this IStringLocalizer<Strings> texts, SignInOutcome outcome) =>
        texts[$"SignInOutcome{outcome}"] is { ResourceNotFound: false } name ? name.Value : outcome.ToString();
}
