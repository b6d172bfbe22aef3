using DexFlow.Contracts.Accounts;

namespace DexFlow.Grains.Accounts;

/// <summary>How many consecutive failures lock an account name, and for how long (<c>DexFlow:Auth:Throttling</c>).</summary>
public sealed record LockoutPolicy(int Threshold, TimeSpan Duration);

/// <summary>What one attempt comes to, and the lockout state to store after it.</summary>
public sealed record SignInDecision(SignInOutcome Outcome, SignInLockout Next, TimeSpan? RetryAfter);

/// <summary>
/// The lockout of one account name as a pure rule: consecutive failures count up; the failure that reaches the
/// threshold locks the name until now + duration and starts the count afresh; while locked, nothing is tried, not even
/// the right password, and nothing extends the lock; a success clears it.
/// </summary>
public sealed record SignInLockout(int Failures, DateTimeOffset? LockedUntil)
{
    public static SignInLockout None { get; } = new(0, null);

    public bool IsLocked(DateTimeOffset now) => LockedUntil > now;

    public SignInDecision Decide(bool passwordMatches, DateTimeOffset now, LockoutPolicy policy)
    {
        if (IsLocked(now))
        {
            return new SignInDecision(SignInOutcome.RefusedWhileLocked, this, LockedUntil - now);
        }

        if (passwordMatches)
        {
            return new SignInDecision(SignInOutcome.SignedIn, None, null);
        }

        var failures = Failures + 1;
        return failures >= policy.Threshold
            ? new SignInDecision(SignInOutcome.Locked, new SignInLockout(0, now + policy.Duration), policy.Duration)
            : new SignInDecision(SignInOutcome.Failed, new SignInLockout(failures, null), null);
    }
}
