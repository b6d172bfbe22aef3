namespace DexFlow.Contracts.Accounts;

/// <summary>
/// A session's refresh tokens: <see cref="Token"/> is handed to the client once and kept only as its hash. A refresh
/// returns the user as they are now (roles, resources, security version) with the token that replaces the used one.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.refresh-token")]
public sealed record RefreshToken([property: Id(0)] string Token, [property: Id(1)] DateTimeOffset ExpiresAt);

[GenerateSerializer, Immutable, Alias("dexflow.refreshed-session")]
public sealed record RefreshedSession([property: Id(0)] AuthenticatedUser User, [property: Id(1)] RefreshToken Next);

/// <summary>What decides whether a user's tokens still hold: whether they are active, and their security version.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.user-security")]
public sealed record UserSecurity([property: Id(0)] string UserId, [property: Id(1)] long SecurityVersion, [property: Id(2)] bool Active);
