namespace DexFlow.Web.Api;

/// <summary>The company profile: everyone reads it (its time zone is the shop's clock), administrators publish it.</summary>
public sealed partial class DexFlowClient
{
    public Task<CompanyProfileVersion> CompanyProfile(CancellationToken cancellationToken = default) =>
        Get<CompanyProfileVersion>("api/company", cancellationToken);

    public Task<IReadOnlyList<CompanyProfileVersion>> CompanyProfileHistory(CancellationToken cancellationToken = default) =>
        Get<IReadOnlyList<CompanyProfileVersion>>("api/company/history", cancellationToken);

    public Task<CompanyProfileVersion> CompanyProfileVersion(int version, CancellationToken cancellationToken = default) =>
        Get<CompanyProfileVersion>($"api/company/{version}", cancellationToken);

    /// <summary>Publishes the profile as the next version (the logo in force is kept); the API names every problem by its path.</summary>
    public Task<CompanyProfileVersion> PublishCompanyProfile(CompanyProfile profile, string comment, CancellationToken cancellationToken = default) =>
        Send<CompanyProfileVersion>(HttpMethod.Put, "api/company", new { profile, comment }, cancellationToken);
}
