using System.Collections.Immutable;

namespace DexFlow.Contracts.Accounts;

/// <summary>
/// One row of the sign-in audit: when, which account name was tried (as typed, normalized; also names that do not
/// exist), from which client address, and what happened. <see cref="Detail"/> names the limit that throttled.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.sign-in-audit-entry")]
public sealed record SignInAuditEntry(
    [property: Id(0)] long Id,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string UserName,
    [property: Id(3)] string ClientAddress,
    [property: Id(4)] SignInOutcome Outcome,
    [property: Id(5)] string? Detail);

/// <summary>Newest first; <see cref="Before"/> continues a previous page (its <see cref="SignInAuditPage.Next"/>).</summary>
[GenerateSerializer, Immutable, Alias("dexflow.sign-in-audit-query")]
public sealed record SignInAuditQuery(
    [property: Id(0)] string? UserName,
    [property: Id(1)] string? ClientAddress,
    [property: Id(2)] long? Before,
    [property: Id(3)] int Limit)
{
    public const int MaxLimit = 200;
}

/// <summary>A page of the sign-in audit; <see cref="Next"/> is null on the last page.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.sign-in-audit-page")]
public sealed record SignInAuditPage(
    [property: Id(0)] ImmutableArray<SignInAuditEntry> Entries,
    [property: Id(1)] long? Next);
