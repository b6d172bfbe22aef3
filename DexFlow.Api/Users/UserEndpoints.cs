using DexFlow.Api.Auth;
using DexFlow.Api.Concurrency;
using DexFlow.Contracts;
using DexFlow.Contracts.Accounts;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DexFlow.Api.Users;

/// <summary>The shop's users: administrators change them, auditors read them, everyone changes their own password.</summary>
public static class UserEndpoints
{
    public static IEndpointRouteBuilder MapUserEndpoints(this IEndpointRouteBuilder routes)
    {
        var users = routes.MapGroup("/api/users").WithTags("Users").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        users.MapGet("", List).WithName("ListUsers").ProducesValidationProblem()
            .WithSummary("Users by name; filter by text (start of the name, display name or e-mail), role and active (administrators, auditors).");
        users.MapPost("", Create).WithName("CreateUser").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Create a user with their first password (administrators); the name must be free.");
        users.MapGet("/{id}", Get).WithName("GetUser").ProducesProblem(StatusCodes.Status404NotFound).WithSummary("A user, with their ETag.");
        users.MapPut("/{id}", Update).WithName("UpdateUser").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithSummary("Replace a user's details, roles and resources (administrators; If-Match required). New roles or resources apply to their tokens within a minute.");
        users.MapPost("/{id}/disable", Disable).WithName("DisableUser").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Disable a user: they cannot sign in, their sessions end, and their tokens stop working within a minute.");
        users.MapPost("/{id}/enable", Enable).WithName("EnableUser").ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Enable a disabled user again.");
        users.MapPost("/{id}/reset-password", ResetPassword).WithName("ResetUserPassword").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Set a user's password, or have DexFlow make one up (answered this once); their sessions end.");
        users.MapGet("/{id}/audit", Audit).WithName("ListUserAudit").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Every change to the user, newest first: who, when, each field before and after; page on with before=next.");
        routes.MapPost("/api/me/password", ChangeOwnPassword).WithName("ChangeOwnPassword").WithTags("Authentication").RequireAuthorization()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Change your own password after confirming the current one; your other sessions end. Wrong current passwords count towards the sign-in lockout (429 with Retry-After).");
        return routes;
    }

    private static async Task<Ok<UserListResponse>> List(HttpContext http, IGrainFactory grains, string? text, string? role, bool? active, int? page, int? pageSize)
    {
        if (Paging.Check(page, pageSize) is var (field, problem))
        {
            throw ValidationException.For(field, problem);
        }

        Roles? roleFilter = role is null ? null : RoleNames.Parse([role]) is var parsed and not Roles.None ? parsed : throw ValidationException.For("role", $"No role '{role}'.");
        var found = await Directory(grains).List(http.User.ToCaller(), new UserQuery(text, roleFilter, active, page ?? 1, pageSize ?? Paging.DefaultPageSize));
        return TypedResults.Ok(new UserListResponse([.. found.Items.Select(Response)], found.Page, found.PageSize, found.Total));
    }

    private static async Task<Created<UserResponse>> Create(CreateUserRequest request, HttpContext http, IGrainFactory grains)
    {
        var user = await Directory(grains).Create(http.User.ToCaller(), new NewUser(
            request.UserName ?? throw ValidationException.For("userName", "Required."),
            Details(request.DisplayName, request.Email, request.Roles, request.Resources, request.Language),
            request.Password ?? throw ValidationException.For("password", "Required.")));
        http.Response.Headers.ETag = ETags.For(user.Version);
        return TypedResults.Created($"/api/users/{Uri.EscapeDataString(user.UserId)}", Response(user));
    }

    private static async Task<Ok<UserResponse>> Get(string id, HttpContext http, IGrainFactory grains) =>
        WithETag(http, await Directory(grains).Get(http.User.ToCaller(), id));

    private static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> Update(string id, UpdateUserRequest request, HttpContext http, IGrainFactory grains)
    {
        if (ETags.Expected(http.Request) is not { } expected)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, type: Problems.ProblemTypes.PreconditionRequired,
                title: "If-Match is required.", detail: "Send the ETag from GET /api/users/{id} in If-Match, so that concurrent changes cannot overwrite each other.");
        }

        var details = Details(request.DisplayName, request.Email, request.Roles, request.Resources, request.Language);
        return WithETag(http, await Directory(grains).Update(http.User.ToCaller(), id, details, expected));
    }

    private static async Task<Ok<UserResponse>> Disable(string id, HttpContext http, IGrainFactory grains) =>
        WithETag(http, await Directory(grains).SetActive(http.User.ToCaller(), id, active: false));

    private static async Task<Ok<UserResponse>> Enable(string id, HttpContext http, IGrainFactory grains) =>
        WithETag(http, await Directory(grains).SetActive(http.User.ToCaller(), id, active: true));

    private static async Task<Ok<PasswordResetResponse>> ResetPassword(string id, ResetPasswordRequest? request, HttpContext http, IGrainFactory grains)
    {
        var reset = await Directory(grains).ResetPassword(http.User.ToCaller(), id, request?.Password);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new PasswordResetResponse(Response(reset.User), reset.GeneratedPassword));
    }

    private static async Task<Ok<UserAuditPage>> Audit(string id, HttpContext http, IGrainFactory grains, long? before, int? limit)
    {
        if (limit is < 1 or > 200)
        {
            throw ValidationException.For("limit", "Must be between 1 and 200.");
        }

        return TypedResults.Ok(await Directory(grains).Audit(http.User.ToCaller(), id, before, limit ?? 50));
    }

    private static async Task<NoContent> ChangeOwnPassword(ChangePasswordRequest request, HttpContext http, IGrainFactory grains)
    {
        await Directory(grains).ChangeOwnPassword(http.User.ToCaller(),
            request.CurrentPassword ?? throw ValidationException.For("currentPassword", "Required."),
            request.NewPassword ?? throw ValidationException.For("newPassword", "Required."),
            request.RefreshToken, ClientAddress.Of(http));
        return TypedResults.NoContent();
    }

    private static UserDetails Details(string? displayName, string? email, string[]? roles, string[]? resources, string? language)
    {
        var unknown = (roles ?? []).Where(role => RoleNames.Parse([role]) == Roles.None).ToArray();
        return unknown.Length > 0
            ? throw ValidationException.For("roles", $"No role {string.Join(", ", unknown.Select(role => $"'{role}'"))}; roles are {string.Join(", ", RoleNames.All)}.")
            : new UserDetails(displayName ?? "", email, RoleNames.Parse(roles ?? []), [.. resources ?? []], language);
    }

    private static Ok<UserResponse> WithETag(HttpContext http, UserView user)
    {
        http.Response.Headers.ETag = ETags.For(user.Version);
        return TypedResults.Ok(Response(user));
    }

    private static UserResponse Response(UserView user) =>
        new(user.UserId, user.UserName, user.DisplayName, user.Email, [.. RoleNames.Names(user.Roles)], [.. user.Resources], user.Language,
            user.Active, user.CreatedAt, user.UpdatedAt, user.Version);

    private static IUserAdministrationGrain Directory(IGrainFactory grains) => grains.GetGrain<IUserAdministrationGrain>(0);
}
