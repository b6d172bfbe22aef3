using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Validation;

namespace DexFlow.Api.Validation;

/// <summary>
/// Refuses a request whose path or query (names and values) holds a character <see cref="SafeText"/> refuses, before any
/// endpoint sees it, with a 400 that names the parameter.
/// </summary>
public sealed class SafeRequestTextMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!SafeText.IsSafe(context.Request.Path.Value))
        {
            throw ValidationException.For("path", SafeText.Problem);
        }

        foreach (var (name, values) in context.Request.Query)
        {
            if (!SafeText.IsSafe(name) || values.Any(value => !SafeText.IsSafe(value)))
            {
                throw ValidationException.For(SafeText.IsSafe(name) ? name : "query", SafeText.Problem);
            }
        }

        return next(context);
    }
}
