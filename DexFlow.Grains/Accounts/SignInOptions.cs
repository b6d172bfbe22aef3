namespace DexFlow.Grains.Accounts;

/// <summary>The silos' part of sign-in throttling (<c>DexFlow:Auth:Throttling</c>): the durable lockout of account names.</summary>
public sealed class SignInOptions
{
    /// <summary>Consecutive failed sign-ins that lock an account name.</summary>
    public int LockoutThreshold { get; set; } = 10;

    /// <summary>How long a locked name refuses every attempt, the right password included.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    public LockoutPolicy Policy => new(Math.Max(1, LockoutThreshold), LockoutDuration);
}
