namespace DexFlow.Contracts.Accounts;

/// <summary>
/// Who an external OpenID Connect provider says signed in: its issuer and subject (never reused for another person),
/// and what it tells about them. <see cref="EmailVerified"/> is the provider's word that the address is theirs.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.external-identity")]
public sealed record ExternalIdentity(
    [property: Id(0)] string Issuer,
    [property: Id(1)] string Subject,
    [property: Id(2)] string DisplayName,
    [property: Id(3)] string? UserName,
    [property: Id(4)] string? Email,
    [property: Id(5)] bool EmailVerified);
