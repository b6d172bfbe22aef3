using DexFlow.Contracts.Accounts;
using Orleans.Concurrency;

namespace DexFlow.Grains.Accounts;

[StatelessWorker]
public sealed class UserDirectoryGrain(UserAccounts accounts) : Grain, IUserDirectoryGrain
{
    public Task<AuthenticatedUser?> Authenticate(string userName, string password) => accounts.Authenticate(userName, password);
}
