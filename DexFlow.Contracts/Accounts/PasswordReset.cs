namespace DexFlow.Contracts.Accounts;

/// <summary>A reset password: the one an administrator gave, or, when they gave none, one DexFlow made up (shown this once).</summary>
[GenerateSerializer, Immutable, Alias("dexflow.password-reset")]
public sealed record PasswordReset(
    [property: Id(0)] UserView User,
    [property: Id(1)] string? GeneratedPassword);
