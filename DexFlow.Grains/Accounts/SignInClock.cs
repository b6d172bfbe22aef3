namespace DexFlow.Grains.Accounts;

/// <summary>
/// The time lockouts are judged by. The system clock in production; tests give it a fake clock so that a lockout
/// expires in an instant while the rest of the cluster keeps real time.
/// </summary>
public sealed class SignInClock(TimeProvider time)
{
    public DateTimeOffset Now => time.GetUtcNow();
}
