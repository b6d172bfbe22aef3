using DexFlow.Web.Api;
using DexFlow.Web.Resources;
using Microsoft.Extensions.Localization;

namespace DexFlow.Web.Localization;

/// <summary>A document's type as the user's language names it (<c>DocType{Type}</c>); none is "unclassified".</summary>
public static class DocumentTypeNames
{
    public static string DocumentType(this IStringLocalizer<Strings> texts, DocumentType? type) =>
        type is null ? texts["Unclassified"].Value
        : texts[$"DocType{type}"] is { ResourceNotFound: false } name ? name.Value : type.Value.ToString();
}
