namespace DexFlow.Grains.Deadlines;

/// <summary>
/// The time deadlines are judged by. The system clock in production; tests give it a fake clock so that days pass in
/// an instant while the rest of the cluster keeps real time.
/// </summary>
public sealed class DeadlineClock(TimeProvider time)
{
    public DateTimeOffset Now => time.GetUtcNow();
}
