using System.Collections.Immutable;
using DexFlow.Contracts.Company;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Content;
using DexFlow.Grains.Security;
using DexFlow.Grains.Storage;
using Orleans.Concurrency;

namespace DexFlow.Grains.Company;

/// <summary>Reads and publishes the company profile. Administrators publish; every signed-in user reads.</summary>
// Holds no state: its calls wait on the store side by side, not one after another.
[StatelessWorker, Reentrant]
public sealed class CompanyProfileGrain(CompanyProfileStore store, CompanyProfiles inForce, IContentStore content) : Grain, ICompanyProfileGrain
{
    // The shop's name, address and bank details are printed on its documents: no secret to anyone who works there.
    private const Roles Readers = Roles.Manager | Roles.Accountant | Roles.QA | Roles.Planner | Roles.Operator | Roles.Clerk | Roles.Administrator | Roles.Auditor;

    public async Task<CompanyProfileVersion> Current(Caller caller)
    {
        EnsureSignedIn(caller);
        return CompanyProfileStore.ToView(await store.Current());
    }

    public async Task<CompanyProfileVersion> Version(Caller caller, int version)
    {
        EnsureSignedIn(caller);
        return await store.Get(version) is { } published
            ? CompanyProfileStore.ToView(published)
            : throw new NotFoundException("company profile version", version.ToString());
    }

    public async Task<ImmutableArray<CompanyProfileVersion>> History(Caller caller)
    {
        EnsureSignedIn(caller);
        return [.. (await store.History()).Select(CompanyProfileStore.ToView)];
    }

    public async Task<CompanyProfileVersion> Publish(Caller caller, CompanyProfile profile, string comment)
    {
        caller.EnsureRole(Roles.Administrator, "publish the company profile");
        var why = PublicationComments.Checked(comment, "the profile changes");
        var normalized = CompanyProfileRules.Normalized(profile);
        CompanyProfileRules.EnsureValid(normalized);
        // The logo has its own endpoint: a profile published without one keeps the logo in force.
        return await Published(normalized with { Logo = (await store.Current()).Content!.Logo }, caller, why);
    }

    public async Task<CompanyProfileVersion> PublishLogo(Caller caller, byte[]? image, string comment)
    {
        caller.EnsureRole(Roles.Administrator, "change the company logo");
        var why = PublicationComments.Checked(comment, "the logo changes");
        CompanyLogo? logo = null;
        if (image is not null)
        {
            var mediaType = LogoImage.EnsureReadable(image);
            var stored = await content.Put(image, CompanyLogo.MaxBytes);
            logo = new CompanyLogo(mediaType, stored.Sha256, stored.Length);
        }

        return await Published((await store.Current()).Content! with { Logo = logo }, caller, why);
    }

    private async Task<CompanyProfileVersion> Published(CompanyProfile profile, Caller caller, string comment)
    {
        var published = await store.Publish(profile, caller.UserId, comment);
        inForce.Invalidate();
        return CompanyProfileStore.ToView(published);
    }

    private static void EnsureSignedIn(Caller caller) => caller.EnsureRole(Readers, "read the company profile");
}
