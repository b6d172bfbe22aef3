namespace DexFlow.Grains.Capture;

/// <summary>Polled capture points (<c>DexFlow:Capture</c>).</summary>
public sealed class CaptureOptions
{
    /// <summary>
    /// Period of the reminder that keeps an enabled capture point polling: how long, at most, polling pauses after its
    /// silo dies or the cluster restarts. Orleans allows no period below its MinimumReminderPeriod (one minute by default).
    /// </summary>
    public TimeSpan KeepAlivePeriod { get; set; } = TimeSpan.FromMinutes(1);
}
