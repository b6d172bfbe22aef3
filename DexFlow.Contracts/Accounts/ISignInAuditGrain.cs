using DexFlow.Contracts.Security;

namespace DexFlow.Contracts.Accounts;

/// <summary>The append-only sign-in audit, for administrators and auditors. Stateless; use key 0.</summary>
[Alias("dexflow.sign-in-audit")]
public interface ISignInAuditGrain : IGrainWithIntegerKey
{
    /// <summary>Entries newest first, optionally for one account name or client address.</summary>
    [Alias("read")]
    Task<SignInAuditPage> Read(Caller caller, SignInAuditQuery query);
}
