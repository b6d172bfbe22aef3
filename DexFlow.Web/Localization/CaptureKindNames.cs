using DexFlow.Web.Api;
using DexFlow.Web.Resources;
using Microsoft.Extensions.Localization;

namespace DexFlow.Web.Localization;

/// <summary>A capture point's kind (Folder, Imap, ScannerStation) as the user's language names it (<c>CaptureKind{Kind}</c>).</summary>
public static class CaptureKindNames
{
    public static string CaptureKind(this IStringLocalizer<Strings> texts, CaptureKind kind) =>
        texts[$"CaptureKind{kind}"] is { ResourceNotFound: false } name ? name.Value : kind.ToString();
}
