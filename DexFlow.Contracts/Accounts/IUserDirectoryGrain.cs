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
}
