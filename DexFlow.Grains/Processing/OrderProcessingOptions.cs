namespace DexFlow.Grains.Processing;

/// <summary>How the order grain drives its automatic processing (<c>DexFlow:Orders:Processing</c>).</summary>
public sealed class OrderProcessingOptions
{
    /// <summary>
    /// Period of the durable reminder that resumes processing after a crash or a failed attempt. Orleans allows no
    /// reminder period below its <c>MinimumReminderPeriod</c> (one minute by default).
    /// </summary>
    public TimeSpan RetryPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Failed attempts after which processing gives up and waits for an administrator's retry.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Longest a single attempt may take before it counts as failed.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
