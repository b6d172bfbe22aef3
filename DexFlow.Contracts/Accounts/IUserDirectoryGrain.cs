namespace DexFlow.Contracts.Accounts;

/// <summary>DexFlow's built-in accounts, for installations without an external identity provider. Stateless; use key 0.</summary>
[Alias("dexflow.user-directory")]
public interface IUserDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>The user, when the name exists, is active, and the password matches its stored hash; otherwise null.</summary>
    [Alias("authenticate")]
    Task<AuthenticatedUser?> Authenticate(string userName, string password);
}
