using Microsoft.AspNetCore.Http;

namespace DexFlow.Api.Problems;

/// <summary>The stable <c>type</c> of every problem DexFlow answers with, one per kind of error.</summary>
public static class ProblemTypes
{
    public const string Prefix = "urn:dexflow:problem:";

    public static string For(string code) => Prefix + code;

    public static readonly string BadRequest = For("bad-request");
    public static readonly string PayloadTooLarge = For("payload-too-large");
    public static readonly string Unauthenticated = For("unauthenticated");
    public static readonly string InvalidCredentials = For("invalid-credentials");
    public static readonly string InvalidRefreshToken = For("invalid-refresh-token");
    public static readonly string PreconditionRequired = For("precondition-required");
    public static readonly string ClusterUnavailable = For("cluster-unavailable");

    /// <summary>The request may or may not have taken effect (its answer did not come in time): retry with the same Idempotency-Key, or read the object.</summary>
    public static readonly string OutcomeUnknown = For("outcome-unknown");
    public static readonly string Unexpected = For("unexpected");

    /// <summary>Gives problems the framework writes itself (401 from authentication, 404 for unknown routes) DexFlow's types.</summary>
    public static void ForStatusCode(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Type is not null && problem.Type.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return;
        }

        problem.Type = problem.Status switch
        {
            StatusCodes.Status400BadRequest => BadRequest,
            StatusCodes.Status401Unauthorized => Unauthenticated,
            StatusCodes.Status403Forbidden => For("forbidden"),
            StatusCodes.Status404NotFound => For("not-found"),
            StatusCodes.Status405MethodNotAllowed => For("method-not-allowed"),
            StatusCodes.Status413PayloadTooLarge => PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType => For("unsupported-media-type"),
            _ => problem.Type,
        };
        if (problem.Status == StatusCodes.Status401Unauthorized)
        {
            problem.Detail ??= "Send a bearer token: POST /api/auth/token, then Authorization: Bearer <token>.";
        }
    }
}
