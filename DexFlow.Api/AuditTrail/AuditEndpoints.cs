using DexFlow.Api.Auth;
using DexFlow.Api.Exports;
using DexFlow.Contracts;
using DexFlow.Contracts.Audit;
using DexFlow.Contracts.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DexFlow.Api.AuditTrail;

/// <summary>The audit trail across orders, parcels, document reads, sign-ins and configuration, for administrators and auditors.</summary>
public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/audit", Read).WithName("ListAuditTrail").WithTags("Audit").RequireAuthorization()
            .Produces<AuditPage>(StatusCodes.Status200OK).Produces(StatusCodes.Status200OK, contentType: Csv.MediaType)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Audited events, newest first, filtered by actor (id or name), action, objectType (Order, Parcel, Document, "
                         + "SignIn, User, Customer, PriceList, RoutingRules, QaChecklist, CompanyProfile), object (its id) and from..to "
                         + "(instants, to excluded). JSON pages, or CSV with Accept: text/csv or format=csv.");
        return routes;
    }

    private static async Task<IResult> Read(HttpContext http, IGrainFactory grains, string? actor, string? action, string? objectType,
        string? @object, DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize, string? format)
    {
        Csv.EnsureKnown(format);
        if (Paging.Check(page, pageSize) is { } problem)
        {
            throw ValidationException.For(problem.Field, problem.Problem);
        }

        if (from > to)
        {
            throw ValidationException.For("from", "Must not be after to.");
        }

        var query = new AuditQuery(actor, action, objectType, @object, from, to, page ?? 1, pageSize ?? Paging.DefaultPageSize);
        var result = await grains.GetGrain<IAuditDeskGrain>(0).Query(http.User.ToCaller(), query);
        return Csv.Requested(http, format)
            ? Csv.File("audit.csv", ["at", "actorId", "actorName", "objectType", "objectId", "action", "details"],
                result.Items.Select(item => new[] { item.At.ToString("O"), item.ActorId, item.ActorName, item.ObjectType, item.ObjectId, item.Action, item.Details }))
            : TypedResults.Ok(result);
    }
}
