using System.Collections.Immutable;

namespace DexFlow.Contracts.Accounts;

/// <summary>DexFlow's built-in accounts, for installations without an external identity provider. Stateless; use key 0.</summary>
[Alias("dexflow.user-directory")]
public interface IUserDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Signs in when the name exists, is active, is not locked and the password matches its stored hash. Every attempt
    /// is audited; consecutive failures lock the name (whether or not an account has it) for a while, shared by every
    /// API process. Unknown names and wrong passwords give the same outcome.
    /// </summary>
    [Alias("sign-in")]
    Task<SignInResult> SignIn(SignInAttempt attempt);

    /// <summary>Audits an attempt that an API process refused by its rate limit <paramref name="limit"/> (<c>address</c>, <c>account</c>).</summary>
    [Alias("record-throttled")]
    Task RecordThrottled(string userName, string clientAddress, string limit);

    /// <summary>
    /// Replaces a session's refresh token by a new one and returns the user as they are now; null when the token is
    /// unknown, expired, revoked, or its user disabled. A token used a second time ends its whole session.
    /// </summary>
    [Alias("refresh")]
    Task<RefreshedSession?> Refresh(string refreshToken);

    /// <summary>Ends the session the refresh token belongs to (signing out); unknown tokens are ignored.</summary>
    [Alias("end-session")]
    Task EndSession(string refreshToken);

    /// <summary>
    /// The DexFlow user an external provider's user is, as they are now; null when that user is disabled. On their first
    /// sign-in they are matched to the active user with their verified e-mail address, or else made a new user without
    /// roles (an administrator grants them); from then on their issuer and subject stay linked to that user.
    /// </summary>
    [Alias("external")]
    Task<AuthenticatedUser?> External(ExternalIdentity identity);

    /// <summary>Every user's security version and active flag, which API processes check tokens against.</summary>
    [Alias("security")]
    Task<ImmutableArray<UserSecurity>> Security();
}
