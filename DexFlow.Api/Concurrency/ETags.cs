using System.Globalization;
using DexFlow.Contracts.Errors;
using Microsoft.Net.Http.Headers;

namespace DexFlow.Api.Concurrency;

/// <summary>An object's ETag is its version, quoted: <c>"7"</c> (orders, users).</summary>
public static class ETags
{
    public static string For(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>The version an If-Match header names; null when the header is absent or <c>*</c>.</summary>
    public static long? Expected(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*")
        {
            return null;
        }

        if (EntityTagHeaderValue.TryParse(header, out var tag)
            && long.TryParse(tag.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return version;
        }

        throw ValidationException.For("If-Match", "Must be one ETag as returned by GET, e.g. \"7\".");
    }

    public static bool Matches(HttpRequest request, long version) =>
        request.Headers.IfNoneMatch.ToString().Split(',').Any(tag => tag.Trim().TrimStart('W', '/') == For(version));
}
