namespace DexFlow.Contracts.Accounts;

/// <summary>How a built-in account's name is compared: the store, the lockout and the API's throttle all key on this form.</summary>
public static class UserNames
{
    /// <summary>Longer names are refused before anything is looked up, so a throttle key never grows with the request.</summary>
    public const int MaxLength = 200;

    public static string Normalize(string userName) => userName.Trim().ToLowerInvariant();
}
