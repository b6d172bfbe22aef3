using DexFlow.Contracts.Accounts;
using Orleans.Concurrency;

namespace DexFlow.Grains.Accounts;

// Holds no state: its calls wait on the store side by side, not one after another.
[StatelessWorker, Reentrant]
public sealed class UserDirectoryGrain(SignIns signIns) : Grain, IUserDirectoryGrain
{
    public Task<SignInResult> SignIn(SignInAttempt attempt) => signIns.Attempt(attempt);

    public Task RecordThrottled(string userName, string clientAddress, string limit) => signIns.RecordThrottled(userName, clientAddress, limit);
}
