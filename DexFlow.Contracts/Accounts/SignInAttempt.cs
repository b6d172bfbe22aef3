namespace DexFlow.Contracts.Accounts;

/// <summary>One attempt to sign in with a built-in account, and the client address it came from (for the audit).</summary>
[GenerateSerializer, Immutable, Alias("dexflow.sign-in-attempt")]
public sealed record SignInAttempt(
    [property: Id(0)] string UserName,
    [property: Id(1)] string Password,
    [property: Id(2)] string ClientAddress);
