using DexFlow.Api.Problems;
using DexFlow.Contracts.Accounts;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DexFlow.Api.Auth;

public sealed record TokenRequest(string? UserName, string? Password);

public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, string UserId, string DisplayName, string[] Roles);

public sealed record MeResponse(string UserId, string DisplayName, string[] Roles);

public static class TokenEndpoints
{
    public static IEndpointRouteBuilder MapTokenEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/auth/token", IssueToken).WithTags("Authentication").AllowAnonymous()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithSummary("Exchange a built-in account's name and password for a bearer token.");
        routes.MapGet("/api/me", (HttpContext http) =>
            {
                var caller = http.User.ToCaller();
                return TypedResults.Ok(new MeResponse(caller.UserId, caller.DisplayName, RoleNames.Names(caller.Roles).ToArray()));
            })
            .WithTags("Authentication").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithSummary("Who the bearer token says you are.");
        return routes;
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> IssueToken(TokenRequest request, IGrainFactory grains, TokenIssuer issuer)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            throw new ValidationException(new Dictionary<string, string[]>
            {
                ["userName"] = string.IsNullOrWhiteSpace(request.UserName) ? ["Required."] : [],
                ["password"] = string.IsNullOrEmpty(request.Password) ? ["Required."] : [],
            }.Where(entry => entry.Value.Length > 0).ToDictionary());
        }

        var user = await grains.GetGrain<IUserDirectoryGrain>(0).Authenticate(request.UserName, request.Password);
        if (user is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, type: ProblemTypes.InvalidCredentials,
                title: "Unknown user name or wrong password.");
        }

        var (token, lifetime) = issuer.Issue(user);
        return TypedResults.Ok(new TokenResponse(token, "Bearer", (int)lifetime.TotalSeconds, user.UserId, user.DisplayName,
            RoleNames.Names(user.Roles).ToArray()));
    }
}
