using DexFlow.Web.Resources;
using Microsoft.Extensions.Localization;

namespace DexFlow.Web.Localization;

/// <summary>
/// Where an indexed field's value came from (barcode, text, clerk) as the user's language names it
/// (<c>FieldSource{Source}</c>, first letter capitalised). The API sends these as plain names; another is shown as it is.
/// </summary>
public static class FieldSourceNames
{
    public static string FieldSource(this IStringLocalizer<Strings> texts, string source) =>
        source.Length > 0 && texts[$"FieldSource{char.ToUpperInvariant(source[0])}{source[1..]}"] is { ResourceNotFound: false } name ? name.Value : source;
}
