using DexFlow.Web.Resources;
using Microsoft.Extensions.Localization;

namespace DexFlow.Web.Localization;

/// <summary>An invoice's kind (Prepayment, Final, CreditNote) as the user's language names it (<c>InvoiceKind{Kind}</c>).</summary>
public static class InvoiceKindNames
{
    public static string InvoiceKind(this IStringLocalizer<Strings> texts, string kind) =>
        texts[$"InvoiceKind{kind}"] is { ResourceNotFound: false } name ? name.Value : kind;
}
