namespace DexFlow.Grains.Capture;

/// <summary>Polled capture points (<c>DexFlow:Capture</c>).</summary>
public sealed class CaptureOptions
{
    /// <summary>
    /// Period of the reminder that keeps an enabled capture point polling: how long, at most, polling pauses after its
    /// silo dies or the cluster restarts. Orleans allows no period below its MinimumReminderPeriod (one minute by default).
    /// </summary>
    public TimeSpan KeepAlivePeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The folders watched folders (and their processed and failed folders) must lie in, after links are resolved.
    /// None by default: an administrator can point DexFlow only where an operator has allowed it.
    /// </summary>
    public string[] AllowedRoots { get; set; } = [];

    /// <summary>The mail servers mailboxes may be on: <c>host</c> (any port) or <c>host:port</c>. None by default.</summary>
    public string[] AllowedMailHosts { get; set; } = [];
}
