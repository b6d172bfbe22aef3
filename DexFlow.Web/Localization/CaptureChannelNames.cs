using DexFlow.Web.Api;
using DexFlow.Web.Resources;
using Microsoft.Extensions.Localization;

namespace DexFlow.Web.Localization;

/// <summary>What arrives at a capture point (upload, folder, e-mail, fax, ...) as the user's language names it (<c>Channel{Channel}</c>).</summary>
public static class CaptureChannelNames
{
    public static string Channel(this IStringLocalizer<Strings> texts, CaptureChannel channel) =>
        texts[$"Channel{channel}"] is { ResourceNotFound: false } name ? name.Value : channel.ToString();
}
