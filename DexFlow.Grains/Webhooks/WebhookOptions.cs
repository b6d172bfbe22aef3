namespace DexFlow.Grains.Webhooks;

/// <summary>Webhooks (<c>DexFlow:Webhooks</c>): where they may call, and how long and how often a delivery is tried.</summary>
public sealed class WebhookOptions
{
    /// <summary>
    /// Hosts webhooks may call although they are on a private, loopback or link-local network: <c>host</c> (any port) or
    /// <c>host:port</c>. None by default: DexFlow calls only public addresses, never the network its silos run in.
    /// </summary>
    public string[] AllowedHosts { get; set; } = [];

    /// <summary>How long a delivery is tried before it is given up and its webhook disabled.</summary>
    public TimeSpan RetryFor { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The wait before the first retry; each retry waits twice as long as the one before, up to <see cref="MaxRetryInterval"/>.</summary>
    public TimeSpan FirstRetryAfter { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxRetryInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long an endpoint has to answer.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Period of the reminder that keeps the dispatcher running: how long, at most, deliveries pause after its silo dies
    /// or the cluster restarts. Orleans allows no period below its MinimumReminderPeriod (one minute by default).
    /// </summary>
    public TimeSpan KeepAlivePeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many deliveries are attempted at once.</summary>
    public int MaxInFlight { get; set; } = 16;

    /// <summary>How often the dispatcher looks for new events and for deliveries due.</summary>
    public TimeSpan Period { get; set; } = TimeSpan.FromMilliseconds(250);
}
