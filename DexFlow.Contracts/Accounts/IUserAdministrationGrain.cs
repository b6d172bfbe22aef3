using DexFlow.Contracts.Security;

namespace DexFlow.Contracts.Accounts;

/// <summary>
/// The shop's users, administered: administrators change them, auditors read them, everyone changes their own password.
/// Every change is audited. Stateless; use key 0.
/// </summary>
[Alias("dexflow.user-administration")]
public interface IUserAdministrationGrain : IGrainWithIntegerKey
{
    [Alias("list")]
    Task<UserPage> List(Caller caller, UserQuery query);

    [Alias("get")]
    Task<UserView> Get(Caller caller, string userId);

    [Alias("create")]
    Task<UserView> Create(Caller caller, NewUser user);

    /// <summary>Replaces the user's details; <paramref name="expectedVersion"/> is the version they were read at.</summary>
    [Alias("update")]
    Task<UserView> Update(Caller caller, string userId, UserDetails details, long expectedVersion);

    /// <summary>A disabled user cannot sign in, and their tokens stop working within a minute.</summary>
    [Alias("set-active")]
    Task<UserView> SetActive(Caller caller, string userId, bool active);

    /// <summary>Sets <paramref name="password"/>, or a generated one when it is null; the user's sessions end.</summary>
    [Alias("reset-password")]
    Task<PasswordReset> ResetPassword(Caller caller, string userId, string? password);

    /// <summary>
    /// The caller's own password, changed after the current one is confirmed: wrong ones count towards the lockout of
    /// sign-ins (from <paramref name="clientAddress"/>, audited), and a locked name is refused with
    /// <see cref="Errors.TooManyAttemptsException"/>. Their sessions end, but the one <paramref name="keepSession"/>
    /// (its refresh token) names: the one the change was made in.
    /// </summary>
    [Alias("change-own-password")]
    Task ChangeOwnPassword(Caller caller, string currentPassword, string newPassword, string? keepSession, string clientAddress);

    [Alias("audit")]
    Task<UserAuditPage> Audit(Caller caller, string userId, long? before, int limit);
}
