using DexFlow.Contracts.Accounts;
using DexFlow.Contracts.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DexFlow.Api.Auth;

/// <summary>The sign-in audit for administrators and auditors: who tried which account name, from where, when, and what happened.</summary>
public static class SignInAuditEndpoints
{
    public static IEndpointRouteBuilder MapSignInAuditEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/audit/sign-ins", Read).WithName("ListSignIns").WithTags("Audit").RequireAuthorization()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Sign-in attempts, newest first; filter by userName or clientAddress, page on with before=next.");
        return routes;
    }

    private static async Task<Ok<SignInAuditPage>> Read(HttpContext http, IGrainFactory grains, string? userName, string? clientAddress,
        long? before, int? limit)
    {
        if (limit < 1 || limit > SignInAuditQuery.MaxLimit)
        {
            throw ValidationException.For("limit", $"Must be between 1 and {SignInAuditQuery.MaxLimit}.");
        }

        var query = new SignInAuditQuery(userName, clientAddress, before, limit ?? 50);
        return TypedResults.Ok(await grains.GetGrain<ISignInAuditGrain>(0).Read(http.User.ToCaller(), query));
    }
}
