using DexFlow.Contracts.Company;
using DexFlow.Grains.Storage;

namespace DexFlow.Grains.Company;

/// <summary>The profile in force, with its time zone resolved: what invoices and plans are made with.</summary>
public sealed record ProfileInForce(int Version, CompanyProfile Profile, TimeZoneInfo Zone)
{
    /// <summary>The shop's calendar day of a moment (an invoice's date, the day a due date is counted from).</summary>
    public DateOnly Day(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Zone).DateTime);
}

/// <summary>The company profile in force, kept per silo like the price list.</summary>
public sealed class CompanyProfiles(CompanyProfileStore store, TimeProvider time)
{
    /// <summary>As for the price list: no silo uses a superseded profile for longer than this after it is published.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(2);

    private readonly VersionedDocumentCache<CompanyProfile, ProfileInForce> _inForce = new(store, Prepare, () => RefreshInterval, time);

    public Task<ProfileInForce> Current(CancellationToken cancellationToken = default) => _inForce.Current(cancellationToken);

    public void Invalidate() => _inForce.Invalidate();

    public static ProfileInForce Prepare(PublishedVersion<CompanyProfile> published) =>
        new(published.Version, published.Content!, Zone(published.Content!.TimeZone));

    /// <summary>The zone a profile names; UTC for one this machine does not know (its time zone database lacks it), as before profiles.</summary>
    public static TimeZoneInfo Zone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
