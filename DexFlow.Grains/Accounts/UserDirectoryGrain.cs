using System.Collections.Immutable;
using DexFlow.Contracts.Accounts;
using Orleans.Concurrency;

namespace DexFlow.Grains.Accounts;

// Holds no state: its calls wait on the store side by side, not one after another.
[StatelessWorker, Reentrant]
public sealed class UserDirectoryGrain(SignIns signIns, RefreshTokens sessions, UserAccounts accounts, ExternalLogins externals) : Grain, IUserDirectoryGrain
{
    public Task<SignInResult> SignIn(SignInAttempt attempt) => signIns.Attempt(attempt);

    public Task RecordThrottled(string userName, string clientAddress, string limit) => signIns.RecordThrottled(userName, clientAddress, limit);

    public Task<RefreshedSession?> Refresh(string refreshToken) => sessions.Refresh(refreshToken);

    public Task EndSession(string refreshToken) => sessions.End(refreshToken);

    public async Task<AuthenticatedUser?> External(ExternalIdentity identity) =>
        await externals.UserOf(identity) is { Active: true } user ? user.Authenticated : null;

    public Task<ImmutableArray<UserSecurity>> Security() => accounts.Security();
}
