using System.Collections.Immutable;
using DexFlow.Api.Auth;
using DexFlow.Api.Documents;
using DexFlow.Contracts.Company;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Errors;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DexFlow.Api.Company;

/// <summary>The company profile as versioned data, and its logo: administrators publish, every signed-in user reads.</summary>
public static class CompanyEndpoints
{
    public static IEndpointRouteBuilder MapCompanyEndpoints(this IEndpointRouteBuilder routes)
    {
        var company = routes.MapGroup("/api/company").WithTags("Company").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        company.MapGet("", Current).WithName("GetCompanyProfile")
            .WithSummary("The company profile in force, with its version: name, address, VAT id, tax number, bank account, invoice footer, default payment terms, time zone, logo.");
        company.MapGet("/history", History).WithName("ListCompanyProfileVersions").WithSummary("Every published version, newest first: who, when, why.");
        company.MapGet("/{version:int}", Version).WithName("GetCompanyProfileVersion").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("An earlier version (each invoice names the version it was issued with).");
        company.MapPut("", Publish).WithName("PublishCompanyProfile").ProducesValidationProblem()
            .WithSummary("Publish a new profile as the next version (administrators); the logo in force is kept. Invoices issued from then on carry it.");
        company.MapGet("/logo", Logo).WithName("GetCompanyLogo").Produces(StatusCodes.Status200OK, contentType: "image/png")
            .ProducesProblem(StatusCodes.Status404NotFound).WithSummary("The logo in force, as uploaded.");
        company.MapPut("/logo", PublishLogo).WithName("PublishCompanyLogo").Accepts<byte[]>("image/png", "image/jpeg").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).DisableAntiforgery()
            .WithSummary("A new logo (a PNG or JPEG image of at most 1 MiB as the request body; ?comment= says why), published as the next version.");
        company.MapDelete("/logo", RemoveLogo).WithName("RemoveCompanyLogo").WithSummary("Publishes the profile without a logo.");
        return routes;
    }

    private static async Task<Ok<CompanyProfileVersion>> Current(HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Profile(grains).Current(http.User.ToCaller()));

    private static async Task<Ok<ImmutableArray<CompanyProfileVersion>>> History(HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Profile(grains).History(http.User.ToCaller()));

    private static async Task<Ok<CompanyProfileVersion>> Version(int version, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Profile(grains).Version(http.User.ToCaller(), version));

    private static async Task<Ok<CompanyProfileVersion>> Publish(PublishCompanyProfileRequest request, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Profile(grains).Publish(http.User.ToCaller(),
            request.Profile ?? throw ValidationException.For("profile", "Required."), request.Comment ?? ""));

    private static async Task<FileStreamHttpResult> Logo(HttpContext http, IGrainFactory grains)
    {
        var logo = (await Profile(grains).Current(http.User.ToCaller())).Profile!.Logo ?? throw new NotFoundException("company logo", "current");
        return ContentStream.Download(grains, new ContentRef(logo.Sha256, logo.Length), logo.MediaType, logo.MediaType == "image/png" ? "logo.png" : "logo.jpg");
    }

    private static async Task<Ok<CompanyProfileVersion>> PublishLogo(string? comment, HttpContext http, IGrainFactory grains)
    {
        var caller = http.User.ToCaller();
        if (http.Request.ContentLength > CompanyLogo.MaxBytes)
        {
            throw new ContentTooLargeException(CompanyLogo.MaxBytes);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = CompanyLogo.MaxBytes + 1;
        }

        using var image = new MemoryStream();
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await http.Request.Body.ReadAsync(buffer, http.RequestAborted)) > 0)
        {
            if (image.Length + read > CompanyLogo.MaxBytes)
            {
                throw new ContentTooLargeException(CompanyLogo.MaxBytes);
            }

            image.Write(buffer, 0, read);
        }

        return TypedResults.Ok(await Profile(grains).PublishLogo(caller, image.ToArray(), comment ?? "New logo"));
    }

    private static async Task<Ok<CompanyProfileVersion>> RemoveLogo(string? comment, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Profile(grains).PublishLogo(http.User.ToCaller(), null, comment ?? "Logo removed"));

    private static ICompanyProfileGrain Profile(IGrainFactory grains) => grains.GetGrain<ICompanyProfileGrain>(0);
}
