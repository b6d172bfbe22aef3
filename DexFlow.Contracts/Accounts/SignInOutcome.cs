namespace DexFlow.Contracts.Accounts;

/// <summary>What became of a sign-in attempt, as the audit records it.</summary>
[GenerateSerializer]
public enum SignInOutcome
{
    SignedIn,

    /// <summary>Unknown name, inactive account or wrong password: deliberately one outcome.</summary>
    Failed,

    /// <summary>A failure that reached the limit of consecutive failures: the name is locked from now on.</summary>
    Locked,

    /// <summary>Refused without looking at the password because the name is locked.</summary>
    RefusedWhileLocked,

    /// <summary>Refused by an API process's rate limit (per client address or per name) before reaching the accounts.</summary>
    Throttled,
}
