using DexFlow.Api.Auth;
using DexFlow.Api.Concurrency;
using DexFlow.Api.Parcels;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Orders.Commands;
using DexFlow.Contracts.Orders.Views;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace DexFlow.Api.Orders;

/// <summary>Files a person attaches to an order (artwork above all), streamed like any upload into the content store.</summary>
public static class OrderFileEndpoints
{
    public static IEndpointRouteBuilder MapOrderFileEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/orders/{number}/documents", Attach).WithTags("Orders").RequireAuthorization().DisableAntiforgery()
            .WithName("AttachOrderFiles")
            .Accepts<IFormFileCollection>("multipart/form-data")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Attach files to an order (the order's manager or an administrator, until it is archived or cancelled).")
            .WithDescription("multipart/form-data with one or more files and an optional field type: Artwork (the default), PaperDescription, "
                             + "Correspondence or Other. The same file attached again is the same document, attached once.");
        return routes;
    }

    private static async Task<Ok<OrderView>> Attach(string number, HttpContext http, IGrainFactory grains, IOptions<ParcelUploadOptions> options, TimeProvider time)
    {
        var order = OrderEndpoints.Order(grains, number);
        var caller = http.User.ToCaller();
        await order.Get(caller);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.Value.MaxRequestBytes;
        }

        var upload = await UploadReader.Read(http.Request, grains, options.Value, http.RequestAborted);
        var type = upload.Fields.GetValueOrDefault("type") is { } named
            ? Enum.TryParse<DocumentType>(named, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) ? parsed : throw ValidationException.For("type", "Artwork, PaperDescription, Correspondence or Other.")
            : DocumentType.Artwork;
        OrderView? view = null;
        foreach (var file in upload.Files)
        {
            // The id follows the content, so the same file attached twice (a retried upload) is one document.
            var document = new AttachedDocument($"{number}-file-{file.Content.Sha256[..16]}", type, file.FileName, file.DeclaredMediaType,
                file.Content, "upload", time.GetUtcNow());
            view = await order.Execute(caller, new AttachFile(document), expectedVersion: null);
        }

        http.Response.Headers.ETag = ETags.For(view!.Version);
        return TypedResults.Ok(view);
    }
}
