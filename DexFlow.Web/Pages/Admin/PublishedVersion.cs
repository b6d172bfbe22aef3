using DexFlow.Web.Api;

namespace DexFlow.Web.Pages.Admin;

/// <summary>One published version of versioned configuration (rules, price list, company profile) as the history lists it: who, when, why.</summary>
public sealed record PublishedVersion(int Version, string PublishedBy, DateTimeOffset PublishedAt, string Comment)
{
    public static PublishedVersion Of(RuleSetVersion version) => new(version.Version, version.PublishedBy, version.PublishedAt, version.Comment);

    public static PublishedVersion Of(PriceListVersion version) => new(version.Version, version.PublishedBy, version.PublishedAt, version.Comment);

    public static PublishedVersion Of(CompanyProfileVersion version) => new(version.Version, version.PublishedBy, version.PublishedAt, version.Comment);
}
