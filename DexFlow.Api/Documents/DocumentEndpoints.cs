using DexFlow.Api.Auth;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Parcels;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DexFlow.Api.Documents;

/// <summary>
/// Any document, any time, for whoever may see it: its metadata, its original bytes (with ranges), its text, its page
/// images. Every read is recorded in the audit trail.
/// </summary>
public static class DocumentEndpoints
{
    public static IEndpointRouteBuilder MapDocumentEndpoints(this IEndpointRouteBuilder routes)
    {
        var documents = routes.MapGroup("/api/documents/{id}").WithTags("Documents").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        documents.MapGet("/", Get).WithName("GetDocument").WithSummary("A document's metadata: type, fields, pages, route, and the file it came from.");
        documents.MapGet("/content", Content).WithName("GetDocumentContent").Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .Produces(StatusCodes.Status206PartialContent).WithSummary("The original bytes of the file the document came from; supports Range.");
        documents.MapGet("/text", Text).WithName("GetDocumentText")
            .WithSummary("The document's text page by page, as reading found it: the PDF's text layer, OCR (with its confidence and word counts), or a file read whole.");
        documents.MapGet("/words", Words).WithName("GetDocumentWords")
            .WithSummary("The document's words with their boxes and confidences, page by page, for highlights on its page images.")
            .WithDescription("Boxes are shares (0 to 1) of the page's width and height from its top left corner. OCR reads a page turned "
                             + "upright (quarterTurns clockwise from the stored page): its boxes are on the page as read. Words of the PDF's "
                             + "own text have confidence 100; a file read whole (an office file, an e-mail body) has no pages here.");
        documents.MapGet("/pages/{page:int}/image", Page).WithName("GetDocumentPageImage").Produces(StatusCodes.Status200OK, contentType: "image/png")
            .WithSummary("A page of the document as PNG for the viewer (width: 100 to 4000 pixels, default 1200).");
        documents.MapPost("/route", Reroute).WithName("RerouteDocument").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("A clerk places a routed document by hand: on an order, in a role's inbox, or as a new draft order.")
            .WithDescription("For documents in the exception queue, or to correct a route. Body: exactly one of orderNumber, role "
                             + "(Manager, Accountant, QA, Planner, Operator, Clerk, Administrator, Auditor) or newDraft: true, and an optional note. "
                             + "The document leaves the exception queue; an order that does not exist or refuses it is a 400 or 409, and nothing moves.");
        return routes;
    }

    private static async Task<Ok<ParcelView>> Reroute(string id, RerouteRequest request, HttpContext http, IGrainFactory grains)
    {
        var (parcel, index) = Locate(grains, id);
        return TypedResults.Ok(await parcel.Reroute(http.User.ToCaller(), index, new ManualRoute(request.OrderNumber, request.Role, request.NewDraft ?? false, request.Note)));
    }

    private static async Task<Ok<DocumentContent>> Get(string id, HttpContext http, IGrainFactory grains)
    {
        var (parcel, index) = Locate(grains, id);
        var document = await parcel.Document(http.User.ToCaller(), index);
        await DocumentReads.Record(http, grains, id, "Metadata");
        return TypedResults.Ok(document);
    }

    private static async Task<Ok<DocumentText>> Text(string id, HttpContext http, IGrainFactory grains)
    {
        var (parcel, index) = Locate(grains, id);
        var text = await parcel.Text(http.User.ToCaller(), index);
        await DocumentReads.Record(http, grains, id, "Text");
        return TypedResults.Ok(text);
    }

    private static async Task<Ok<DocumentWords>> Words(string id, HttpContext http, IGrainFactory grains)
    {
        var (parcel, index) = Locate(grains, id);
        var words = await parcel.Words(http.User.ToCaller(), index);
        await DocumentReads.Record(http, grains, id, "Words");
        return TypedResults.Ok(words);
    }

    private static async Task<FileStreamHttpResult> Content(string id, HttpContext http, IGrainFactory grains)
    {
        var (parcel, index) = Locate(grains, id);
        var document = await parcel.Document(http.User.ToCaller(), index);
        await DocumentReads.Record(http, grains, id, "Content");
        return ContentStream.Download(grains, document.File.Content, document.File.MediaType, document.File.FileName);
    }

    private static async Task<FileContentHttpResult> Page(string id, int page, HttpContext http, IGrainFactory grains, int? width)
    {
        var (parcel, index) = Locate(grains, id);
        var png = await parcel.PageImage(http.User.ToCaller(), index, page, width ?? 1200);
        await DocumentReads.Record(http, grains, id, "PageImage");
        return TypedResults.File(png, "image/png");
    }

    private static (IParcelGrain Parcel, int Index) Locate(IGrainFactory grains, string id) =>
        ParcelIds.TryParseDocument(id, out var parcelId, out var index)
            ? (grains.GetGrain<IParcelGrain>(parcelId), index)
            : throw new NotFoundException("Document", id);
}
