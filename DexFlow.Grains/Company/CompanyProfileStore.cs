using DexFlow.Contracts.Company;
using DexFlow.Grains.Storage;
using Npgsql;

namespace DexFlow.Grains.Company;

/// <summary>Every published version of the company profile in <c>dexflow.company_profiles</c>; version 1 is <see cref="Demo"/>.</summary>
public sealed class CompanyProfileStore(NpgsqlDataSource db, TimeProvider time)
    : VersionedDocumentStore<CompanyProfile>(db, time, "company_profiles", "profile", Demo, "DexFlow's demo profile: an administrator enters the shop's own")
{
    /// <summary>
    /// A placeholder shop, plainly so, whose invoices are complete in form. Its time zone is UTC: DexFlow read working
    /// hours in UTC before the profile existed, and a shop's calendars do not move until an administrator says where it is.
    /// </summary>
    public static CompanyProfile Demo { get; } = new(
        "DexFlow Demo Print Shop",
        new PostalAddress("Musterstraße 1", null, "10115", "Berlin", "DE"),
        "DE123456788",
        null,
        new BankAccount("DE89370400440532013000", "COBADEFFXXX", "Demo Bank", null),
        "Demo data: the shop's administrator replaces this profile before real invoices are issued.",
        14,
        "UTC",
        null,
        null,
        null);

    public static CompanyProfileVersion ToView(PublishedVersion<CompanyProfile> published) =>
        new(published.Version, published.Content, published.PublishedBy, published.PublishedAt, published.Comment);
}
