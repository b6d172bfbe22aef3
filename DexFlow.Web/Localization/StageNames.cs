using DexFlow.Web.Api;
using DexFlow.Web.Resources;
using Microsoft.Extensions.Localization;

namespace DexFlow.Web.Localization;

/// <summary>An order stage as the user's language names it (<c>Stage{Name}</c> in the resource files).</summary>
public static class StageNames
{
    public static string Stage(this IStringLocalizer<Strings> texts, OrderStage? stage) =>
        stage is null ? "" : texts[$"Stage{stage}"] is { ResourceNotFound: false } name ? name.Value : stage.Value.ToString();
}
