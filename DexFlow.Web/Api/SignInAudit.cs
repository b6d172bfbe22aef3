namespace DexFlow.Web.Api;

// Mirrors of DexFlow.Contracts' sign-in audit.

public enum SignInOutcome
{
    SignedIn,
    Failed,
    Locked,
    RefusedWhileLocked,
    Throttled,
    Unknown = -1,
}

/// <summary>One sign-in attempt: when, which account name, from where, what happened (<see cref="Detail"/>: which limit throttled).</summary>
public sealed record SignInAuditEntry(long Id, DateTimeOffset At, string UserName, string ClientAddress, SignInOutcome Outcome, string? Detail);

/// <summary>Newest first; <see cref="Next"/> continues with older entries and is null on the last page.</summary>
public sealed record SignInAuditPage(IReadOnlyList<SignInAuditEntry> Entries, long? Next);
