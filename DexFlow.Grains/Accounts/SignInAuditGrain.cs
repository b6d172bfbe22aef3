using DexFlow.Contracts.Accounts;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Security;
using Orleans.Concurrency;

namespace DexFlow.Grains.Accounts;

// Holds no state: its calls wait on the store side by side, not one after another.
[StatelessWorker, Reentrant]
public sealed class SignInAuditGrain(SignInAuditLog log) : Grain, ISignInAuditGrain
{
    public Task<SignInAuditPage> Read(Caller caller, SignInAuditQuery query)
    {
        caller.EnsureRole(Roles.Administrator | Roles.Auditor, "read the sign-in audit");
        return log.Read(query);
    }
}
