using System.Security.Cryptography;
using DexFlow.Contracts.Accounts;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Planning;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Security;
using Orleans.Concurrency;

namespace DexFlow.Grains.Accounts;

/// <summary>
/// Administers users: administrators change them, auditors read them, everyone changes their own password. An
/// administrator cannot disable themselves or take away their own Administrator role, so that a shop always has one.
/// </summary>
// Holds no state: its calls wait on the store side by side, not one after another.
[StatelessWorker, Reentrant]
public sealed class UserAdministrationGrain(UserAccounts accounts, UserAuditLog audit, SignIns signIns) : Grain, IUserAdministrationGrain
{
    private const Roles Readers = Roles.Administrator | Roles.Auditor;

    public Task<UserPage> List(Caller caller, UserQuery query)
    {
        caller.EnsureRole(Readers, "read users");
        return accounts.List(query);
    }

    public async Task<UserView> Get(Caller caller, string userId)
    {
        caller.EnsureRole(Readers, "read users");
        return (await Find(userId)).View;
    }

    public async Task<UserView> Create(Caller caller, NewUser user)
    {
        caller.EnsureRole(Roles.Administrator, "create users");
        var name = UserNames.Normalize(user.UserName);
        var details = UserRules.Normalized(user.Details);
        UserRules.EnsureValid(name, details, await Resources());
        EnsurePassword(user.Password, name, details);
        var account = new UserAccount(name, name, details.DisplayName, details.Roles, "", Active: true)
        {
            Email = details.Email,
            Language = details.Language,
            Resources = details.Resources,
        };
        return (await accounts.Add(account with { PasswordHash = UserAccounts.Hash(account, user.Password) }, caller)).View;
    }

    public async Task<UserView> Update(Caller caller, string userId, UserDetails details, long expectedVersion)
    {
        caller.EnsureRole(Roles.Administrator, "change users");
        details = UserRules.Normalized(details);
        UserRules.EnsureValid(null, details, await Resources());
        if (userId == caller.UserId && !details.Roles.HasFlag(Roles.Administrator))
        {
            throw new ForbiddenException("take away your own Administrator role", "another administrator must");
        }

        var changed = await accounts.Change(userId, caller, UserAction.Updated, user => user.Version != expectedVersion
            ? throw new VersionConflictException(expectedVersion, user.Version)
            : user with
            {
                DisplayName = details.DisplayName,
                Email = details.Email,
                Roles = details.Roles,
                Resources = details.Resources,
                Language = details.Language,
            });
        return changed.View;
    }

    public async Task<UserView> SetActive(Caller caller, string userId, bool active)
    {
        caller.EnsureRole(Roles.Administrator, active ? "enable users" : "disable users");
        if (!active && userId == caller.UserId)
        {
            throw new ForbiddenException("disable yourself", "another administrator must");
        }

        var changed = await accounts.Change(userId, caller, active ? UserAction.Enabled : UserAction.Disabled, user => user with { Active = active });
        return changed.View;
    }

    public async Task<PasswordReset> ResetPassword(Caller caller, string userId, string? password)
    {
        caller.EnsureRole(Roles.Administrator, "reset passwords");
        var user = await Find(userId);
        var generated = password is null ? GeneratePassword() : null;
        var chosen = password ?? generated!;
        EnsurePassword(chosen, user.UserName, user.Details);
        var changed = await accounts.Change(userId, caller, UserAction.PasswordReset, current => current with { PasswordHash = UserAccounts.Hash(current, chosen) });
        return new PasswordReset(changed.View, generated);
    }

    public async Task ChangeOwnPassword(Caller caller, string currentPassword, string newPassword, string? keepSession, string clientAddress)
    {
        var user = await Find(caller.UserId);
        var confirmed = await signIns.Confirm(new SignInAttempt(user.UserName, currentPassword, clientAddress));
        if (confirmed.RetryAfter is { } retryAfter)
        {
            throw new TooManyAttemptsException(retryAfter);
        }

        if (confirmed.Outcome != SignInOutcome.SignedIn)
        {
            throw ValidationException.For("currentPassword", "Not your current password.");
        }

        EnsurePassword(newPassword, user.UserName, user.Details, field: "newPassword");
        await accounts.Change(user.UserId, caller, UserAction.PasswordChanged, current => current with { PasswordHash = UserAccounts.Hash(current, newPassword) },
            keepSession);
    }

    public async Task<UserAuditPage> Audit(Caller caller, string userId, long? before, int limit)
    {
        caller.EnsureRole(Readers, "read the audit of users");
        await Find(userId);
        return await audit.Read(userId, before, limit);
    }

    private async Task<UserAccount> Find(string userId) =>
        await accounts.Get(userId) ?? throw new NotFoundException("User", userId);

    private async Task<IReadOnlySet<string>> Resources() =>
        (await GrainFactory.GetGrain<IResourceDirectoryGrain>(0).All()).Select(resource => resource.Id).ToHashSet();

    private static void EnsurePassword(string password, string userName, UserDetails details, string field = "password")
    {
        if (PasswordPolicy.Problem(password, [userName, details.DisplayName, details.Email]) is { } problem)
        {
            throw ValidationException.For(field, problem);
        }
    }

    /// <summary>Five groups of five random letters and digits (125 bits), without look-alikes, readable over the phone.</summary>
    private static string GeneratePassword()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        return string.Join('-', Enumerable.Range(0, 5).Select(_ => RandomNumberGenerator.GetString(alphabet, 5)));
    }
}
