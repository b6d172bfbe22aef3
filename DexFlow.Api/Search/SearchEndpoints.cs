using DexFlow.Api.Auth;
using DexFlow.Contracts;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DexFlow.Api.Search;

/// <summary>Full-text search over the orders and documents the caller may see.</summary>
public static class SearchEndpoints
{
    public const int MaxQueryLength = 200;

    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/search", Search).WithName("Search").WithTags("Search").RequireAuthorization()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithSummary("Orders (number, title, product; customer and manager where the caller sees them) and documents (text, "
                         + "fields, file name, e-mail subject and sender), best match first, with snippets marking the matched words. "
                         + "scope: All (default), Orders or Documents.");
        return routes;
    }

    private static async Task<Ok<SearchPage>> Search(HttpContext http, IGrainFactory grains, string? q, SearchScope? scope, int? page, int? pageSize)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            throw ValidationException.For("q", "Type what to search for.");
        }

        if (q.Length > MaxQueryLength)
        {
            throw ValidationException.For("q", $"At most {MaxQueryLength} characters.");
        }

        if (Paging.Check(page, pageSize) is { } problem)
        {
            throw ValidationException.For(problem.Field, problem.Problem);
        }

        var query = new SearchQuery(q.Trim(), scope ?? SearchScope.All, page ?? 1, pageSize ?? Paging.DefaultPageSize);
        return TypedResults.Ok(await grains.GetGrain<ISearchDeskGrain>(0).Search(http.User.ToCaller(), query));
    }
}
