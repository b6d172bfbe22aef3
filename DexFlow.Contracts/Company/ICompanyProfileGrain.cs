using System.Collections.Immutable;
using DexFlow.Contracts.Security;

namespace DexFlow.Contracts.Company;

/// <summary>
/// The company profile as versioned data: administrators publish, every signed-in user reads (it is what the shop
/// prints on its own documents). Stateless; use key 0.
/// </summary>
[Alias("dexflow.company-profile-grain")]
public interface ICompanyProfileGrain : IGrainWithIntegerKey
{
    [Alias("current")]
    Task<CompanyProfileVersion> Current(Caller caller);

    [Alias("version")]
    Task<CompanyProfileVersion> Version(Caller caller, int version);

    /// <summary>Every version, newest first, without the profiles themselves.</summary>
    [Alias("history")]
    Task<ImmutableArray<CompanyProfileVersion>> History(Caller caller);

    /// <summary>Checks the profile and publishes it as the next version, keeping the logo in force; invoices issued earlier keep theirs.</summary>
    [Alias("publish")]
    Task<CompanyProfileVersion> Publish(Caller caller, CompanyProfile profile, string comment);

    /// <summary>Publishes the profile in force with a new logo (a PNG or JPEG image), or without one when <paramref name="image"/> is null.</summary>
    [Alias("publish-logo")]
    Task<CompanyProfileVersion> PublishLogo(Caller caller, byte[]? image, string comment);
}
