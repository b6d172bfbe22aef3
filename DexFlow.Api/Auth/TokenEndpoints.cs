using DexFlow.Api.Problems;
using DexFlow.Contracts.Accounts;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DexFlow.Api.Auth;

public sealed record TokenRequest(string? UserName, string? Password);

/// <summary>A session's refresh token, to renew the access token (<c>/api/auth/refresh</c>) or end the session (<c>/api/auth/sign-out</c>).</summary>
public sealed record RefreshRequest(string? RefreshToken);

/// <summary>
/// An access token good for <see cref="ExpiresIn"/> seconds, and the refresh token that renews it once, until
/// <see cref="RefreshTokenExpiresAt"/>; each refresh answers a new pair.
/// </summary>
public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, string RefreshToken, DateTimeOffset RefreshTokenExpiresAt,
    string UserId, string DisplayName, string[] Roles);

public sealed record MeResponse(string UserId, string DisplayName, string[] Roles, string[] Resources);

public static class TokenEndpoints
{
    public static IEndpointRouteBuilder MapTokenEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/auth/token", IssueToken).WithName("IssueToken").WithTags("Authentication").AllowAnonymous()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Exchange a built-in account's name and password for a bearer token and a refresh token; repeated failures are refused for a while (429 with Retry-After).");
        routes.MapPost("/api/auth/refresh", Refresh).WithName("RefreshToken").WithTags("Authentication").AllowAnonymous()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithSummary("Exchange a refresh token for a new access token and refresh token; each refresh token works once, and a second use ends its session.");
        routes.MapPost("/api/auth/sign-out", SignOut).WithName("SignOut").WithTags("Authentication").AllowAnonymous()
            .ProducesValidationProblem()
            .WithSummary("End the session a refresh token belongs to; its access token lapses within minutes.");
        routes.MapGet("/api/me", (HttpContext http) =>
            {
                var caller = http.User.ToCaller();
                return TypedResults.Ok(new MeResponse(caller.UserId, caller.DisplayName, RoleNames.Names(caller.Roles).ToArray(), caller.Resources.ToArray()));
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
            case { Outcome: SignInOutcome.SignedIn, User: { } user, Session: { } session }:
                return TypedResults.Ok(Tokens(issuer, user, session));
            case { RetryAfter: { } retryAfter }:
                throw new TooManyAttemptsException(retryAfter);
            default:
                return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, type: ProblemTypes.InvalidCredentials,
                    title: "Unknown user name or wrong password.");
        }
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> Refresh(RefreshRequest request, IGrainFactory grains, TokenIssuer issuer)
    {
        var refreshed = await grains.GetGrain<IUserDirectoryGrain>(0).Refresh(Required(request));
        return refreshed is { } session
            ? TypedResults.Ok(Tokens(issuer, session.User, session.Next))
            : TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, type: ProblemTypes.InvalidRefreshToken,
                title: "The refresh token is not valid.", detail: "It is unknown, used, expired or revoked, or its user is disabled: sign in again.");
    }

    private static async Task<NoContent> SignOut(RefreshRequest request, IGrainFactory grains)
    {
        await grains.GetGrain<IUserDirectoryGrain>(0).EndSession(Required(request));
        return TypedResults.NoContent();
    }

    private static string Required(RefreshRequest request) =>
        request.RefreshToken is { Length: > 0 and <= 200 } token ? token : throw ValidationException.For("refreshToken", "Required, at most 200 characters.");

    private static TokenResponse Tokens(TokenIssuer issuer, AuthenticatedUser user, RefreshToken session)
    {
        var (token, lifetime) = issuer.Issue(user);
        return new TokenResponse(token, "Bearer", (int)lifetime.TotalSeconds, session.Token, session.ExpiresAt, user.UserId, user.DisplayName,
            RoleNames.Names(user.Roles).ToArray());
    }
}
