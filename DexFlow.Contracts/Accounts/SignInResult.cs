namespace DexFlow.Contracts.Accounts;

/// <summary>
/// The answer to a <see cref="SignInAttempt"/>: the user and their new session's refresh token when it succeeded; when
/// the name is locked, how long until it may be tried again.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.sign-in-result")]
public sealed record SignInResult(
    [property: Id(0)] SignInOutcome Outcome,
    [property: Id(1)] AuthenticatedUser? User,
    [property: Id(2)] TimeSpan? RetryAfter,
    [property: Id(3)] RefreshToken? Session = null);
