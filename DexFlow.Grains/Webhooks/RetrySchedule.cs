namespace DexFlow.Grains.Webhooks;

/// <summary>
/// When a failed delivery is tried again: exponential backoff from <see cref="WebhookOptions.FirstRetryAfter"/>, capped
/// at <see cref="WebhookOptions.MaxRetryInterval"/>, each wait drawn between half and all of it (jitter), so that
/// deliveries that failed together, because their endpoint was down, do not all come back at once.
/// </summary>
public sealed class RetrySchedule(WebhookOptions options)
{
    /// <summary>The wait after the <paramref name="attempts"/>-th failed attempt; <paramref name="jitter"/> is in [0, 1).</summary>
    public TimeSpan After(int attempts, double jitter)
    {
        var doublings = Math.Clamp(attempts - 1, 0, 30);
        var full = Math.Min(options.FirstRetryAfter.TotalMilliseconds * Math.Pow(2, doublings), options.MaxRetryInterval.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(full * (0.5 + (jitter / 2)));
    }

    /// <summary>Whether a delivery made at <paramref name="created"/> is given up rather than tried again at <paramref name="next"/>.</summary>
    public bool GivesUp(DateTimeOffset created, DateTimeOffset next) => next - created > options.RetryFor;
}
