namespace DexFlow.Api.Auth;

/// <summary>
/// Each API process's rate limits on failed sign-ins (<c>DexFlow:Auth:Throttling</c>; the silos read the lockout
/// settings of the same section). Only failures spend a permit, so busy clients that sign in correctly are never
/// slowed; while a client address or an account name has no permit left, every attempt from it or for it gets 429.
/// </summary>
public sealed class SignInThrottleOptions
{
    /// <summary>Failed sign-ins one client address may make in a burst; one more becomes possible every <see cref="AddressWindow"/> / this.</summary>
    public int AddressFailures { get; set; } = 20;

    public TimeSpan AddressWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Failed sign-ins for one account name (existing or not) in a burst; one more every <see cref="AccountWindow"/> / this.</summary>
    public int AccountFailures { get; set; } = 5;

    public TimeSpan AccountWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Sign-ins of one client address checked at the same time; more wait their turn. Without this bound, many parallel
    /// requests would all pass the check before the first failure spends a permit.
    /// </summary>
    public int ConcurrentPerAddress { get; set; } = 4;

    /// <summary>Sign-ins of one address that may wait for their turn; beyond that they get 429 at once.</summary>
    public int QueuedPerAddress { get; set; } = 32;
}
