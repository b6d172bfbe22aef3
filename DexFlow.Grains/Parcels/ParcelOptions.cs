namespace DexFlow.Grains.Parcels;

/// <summary>How parcels drive themselves (<c>DexFlow:Parcels</c>).</summary>
public sealed class ParcelOptions
{
    /// <summary>Period of the durable reminder that resumes a parcel after a crash or a failed attempt.</summary>
    public TimeSpan RetryPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Failed attempts at a step after which the parcel waits, failed, for a clerk's retry.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Most files a parcel may have (an e-mail's attachments included).</summary>
    public int MaxFiles { get; set; } = 50;

    /// <summary>Most pages a parcel may have; a larger batch is refused as a failure, not read forever.</summary>
    public int MaxPages { get; set; } = 500;

    /// <summary>How long a parcel may wait for a clerk (manual indexing, or failed) before a <c>Parcel.WaitTooLong</c> event announces it.</summary>
    public TimeSpan ClerkWaitAlertAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often DexFlow looks for parcels that have waited too long.</summary>
    public TimeSpan WaitCheckPeriod { get; set; } = TimeSpan.FromMinutes(1);
}
