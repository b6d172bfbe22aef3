using DexFlow.Api.Auth;
using DexFlow.Api.Documents;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Orders;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DexFlow.Api.Orders;

/// <summary>An order's documents (routed and generated, of every revision), for whoever may see each of them.</summary>
public static class OrderDocumentEndpoints
{
    public static IEndpointRouteBuilder MapOrderDocumentEndpoints(this IEndpointRouteBuilder routes)
    {
        var document = routes.MapGroup("/api/orders/{number}/documents/{documentId}").WithTags("Orders").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        document.MapGet("/", Get).WithName("GetOrderDocument").WithSummary("A document of the order: type, revision, source, content hash.");
        document.MapGet("/content", Content).WithName("GetOrderDocumentContent").Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .Produces(StatusCodes.Status206PartialContent).WithSummary("The document's bytes as stored; supports Range.");
        return routes;
    }

    private static async Task<Ok<AttachedDocument>> Get(string number, string documentId, HttpContext http, IGrainFactory grains)
    {
        var document = await OrderEndpoints.Order(grains, number).Document(http.User.ToCaller(), documentId);
        await DocumentReads.Record(http, grains, documentId, "Metadata");
        return TypedResults.Ok(document);
    }

    private static async Task<FileStreamHttpResult> Content(string number, string documentId, HttpContext http, IGrainFactory grains)
    {
        var document = await OrderEndpoints.Order(grains, number).Document(http.User.ToCaller(), documentId);
        await DocumentReads.Record(http, grains, documentId, "Content");
        return ContentStream.Download(grains, document.Content, document.MediaType, document.FileName);
    }
}
