using DexFlow.Contracts.Accounts;
using DexFlow.Grains.Accounts;

namespace DexFlow.Domain.Tests.Accounts;

public sealed class SignInLockoutRulesTests
{
    private static readonly LockoutPolicy Policy = new(3, TimeSpan.FromMinutes(15));
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Failures_count_up_and_the_one_that_reaches_the_threshold_locks_the_name_for_the_duration()
    {
        var first = SignInLockout.None.Decide(passwordMatches: false, Now, Policy);
        var second = first.Next.Decide(passwordMatches: false, Now, Policy);
        var third = second.Next.Decide(passwordMatches: false, Now, Policy);

        Assert.Equal((SignInOutcome.Failed, 1, (DateTimeOffset?)null), (first.Outcome, first.Next.Failures, first.Next.LockedUntil));
        Assert.Equal((SignInOutcome.Failed, 2), (second.Outcome, second.Next.Failures));
        Assert.Equal(new SignInDecision(SignInOutcome.Locked, new SignInLockout(0, Now.AddMinutes(15)), TimeSpan.FromMinutes(15)), third);
    }

    [Fact]
    public void While_locked_even_the_right_password_is_refused_and_the_lock_is_not_extended()
    {
        var locked = new SignInLockout(0, Now.AddMinutes(15));

        var right = locked.Decide(passwordMatches: true, Now.AddMinutes(5), Policy);
        var wrong = locked.Decide(passwordMatches: false, Now.AddMinutes(5), Policy);

        Assert.Equal(new SignInDecision(SignInOutcome.RefusedWhileLocked, locked, TimeSpan.FromMinutes(10)), right);
        Assert.Equal(right, wrong);
    }

    [Fact]
    public void Once_the_lock_has_ended_the_right_password_signs_in_and_clears_everything()
    {
        var decision = new SignInLockout(0, Now).Decide(passwordMatches: true, Now, Policy);

        Assert.Equal(new SignInDecision(SignInOutcome.SignedIn, SignInLockout.None, null), decision);
    }

    [Fact]
    public void A_success_starts_the_count_afresh_and_after_a_lock_a_failure_counts_from_one()
    {
        var afterSuccess = new SignInLockout(2, null).Decide(passwordMatches: true, Now, Policy).Next;
        var afterLock = new SignInLockout(0, Now.AddMinutes(-1)).Decide(passwordMatches: false, Now, Policy);

        Assert.Equal(SignInLockout.None, afterSuccess);
        Assert.Equal(new SignInDecision(SignInOutcome.Failed, new SignInLockout(1, null), null), afterLock);
    }
}
