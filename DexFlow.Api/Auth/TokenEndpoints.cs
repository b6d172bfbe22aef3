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
        routes.MapPost("/api/auth/token", IssueToken).WithName("IssueToken").WithTags("Authentication").AllowAnonymous()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Exchange a built-in account's name and password for a bearer token; repeated failures are refused for a while (429 with Retry-After).");
        routes.MapGet("/api/me", (HttpContext http) =>
            {
                var caller = http.User.ToCaller();
                return TypedResults.Ok(new MeResponse(caller.UserId, caller.DisplayName, RoleNames.Names(caller.Roles).ToArray()));
            })
            .WithTags("Authentication").RequireAuthorization().WithName("GetMe")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithSummary("Who the bearer token says you are.");
        return routes;
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> IssueToken(TokenRequest request, HttpContext http,
        IGrainFactory grains, TokenIssuer issuer, SignInThrottle throttle)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password) || request.UserName.Length > UserNames.MaxLength)
        {
            throw new ValidationException(new Dictionary<string, string[]>
            {
                ["userName"] = string.IsNullOrWhiteSpace(request.UserName) ? ["Required."]
                    : request.UserName.Length > UserNames.MaxLength ? [$"At most {UserNames.MaxLength} characters."] : [],
                ["password"] = string.IsNullOrEmpty(request.Password) ? ["Required."] : [],
            }.Where(entry => entry.Value.Length > 0).ToDictionary());
        }

        var address = ClientAddress.Of(http);
        var account = UserNames.Normalize(request.UserName);
        var directory = grains.GetGrain<IUserDirectoryGrain>(0);
        using var turn = await throttle.Enter(address, account, http.RequestAborted);
        if (turn.Refusal is { } refusal)
        {
            if (refusal.Audit)
            {
                await directory.RecordThrottled(account, address, refusal.Limit);
            }

            throw new TooManyAttemptsException(refusal.RetryAfter);
        }

        var result = await directory.SignIn(new SignInAttempt(account, request.Password, address));
        if (result.Outcome != SignInOutcome.SignedIn)
        {
            throttle.Failed(address, account);
        }

        switch (result)
        {
            case { Outcome: SignInOutcome.SignedIn, User: { } user }:
                var (token, lifetime) = issuer.Issue(user);
                return TypedResults.Ok(new TokenResponse(token, "Bearer", (int)lifetime.TotalSeconds, user.UserId, user.DisplayName,
                    RoleNames.Names(user.Roles).ToArray()));
            case { RetryAfter: { } retryAfter }:
                throw new TooManyAttemptsException(retryAfter);
            default:
                return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, type: ProblemTypes.InvalidCredentials,
                    title: "Unknown user name or wrong password.");
        }
    }
}
