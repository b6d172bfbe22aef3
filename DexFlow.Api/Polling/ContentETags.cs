using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace DexFlow.Api.Polling;

/// <summary>
/// Lets a page that polls a list ask "has it changed?" for the price of a hash: the answer's ETag is a hash of its JSON,
/// and a request naming that tag in If-None-Match gets 304 with no body. The tag is per caller by construction (each
/// caller's answer is what is hashed), so no one learns of another's list from it.
/// </summary>
public static class ContentETags
{
    public static RouteHandlerBuilder WithContentETag(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            if (result is not IValueHttpResult { Value: { } value } || result is not IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK })
            {
                return result;
            }

            var http = context.HttpContext;
            var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            var json = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), options);
            var tag = $"\"{Convert.ToHexStringLower(SHA256.HashData(json).AsSpan(0, 16))}\"";
            http.Response.Headers.ETag = tag;
            // Kept by no shared cache, and revalidated by the browser every time.
            http.Response.Headers.CacheControl = "private, no-cache";
            return Names(http.Request, tag) ? Results.StatusCode(StatusCodes.Status304NotModified) : Results.Bytes(json, "application/json; charset=utf-8");
        }).Produces(StatusCodes.Status304NotModified);

    private static bool Names(HttpRequest request, string tag) =>
        request.Headers.IfNoneMatch.SelectMany(header => (header ?? "").Split(',')).Any(given => given.Trim().TrimStart('W', '/') == tag);
}
