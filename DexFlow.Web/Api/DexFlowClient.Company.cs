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

    /// <summary>Publishes the profile in force with a new logo (a PNG or JPEG of at most 1 MiB, checked by the API).</summary>
    public async Task<CompanyProfileVersion> PublishLogo(Stream image, string mediaType, string comment, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, Query("api/company/logo", ("comment", comment))) { Content = new StreamContent(image) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        using var response = await http.SendAsync(request, cancellationToken);
        return await Read<CompanyProfileVersion>(response, cancellationToken);
    }

    /// <summary>Publishes the profile in force without a logo.</summary>
    public async Task<CompanyProfileVersion> RemoveLogo(string comment, CancellationToken cancellationToken = default)
    {
        using var response = await http.DeleteAsync(Query("api/company/logo", ("comment", comment)), cancellationToken);
        return await Read<CompanyProfileVersion>(response, cancellationToken);
    }
}
