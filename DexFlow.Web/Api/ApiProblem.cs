namespace DexFlow.Web.Api;

/// <summary>
/// An RFC 7807 problem as the API sends it: the page shows its title and the fields it names (<see cref="Errors"/>),
/// never anything else of the response. A refused plan also lists its <see cref="Conflicts"/>, one sentence each, which
/// the planning board shows on the bars they name.
/// </summary>
public sealed record ApiProblem(string? Type, string? Title, int? Status, string? Detail, IReadOnlyDictionary<string, string[]>? Errors,
    IReadOnlyList<string>? Conflicts = null)
{
    /// <summary>For a failure that brought no problem (the network, a proxy's error page): a title and nothing more.</summary>
    public static ApiProblem Plain(string title, int? status = null) => new(null, title, status, null, null);
}

/// <summary>A call the API refused or could not answer, carrying the problem to show.</summary>
public sealed class ApiProblemException(ApiProblem problem) : Exception(problem.Title)
{
    public ApiProblem Problem { get; } = problem;
}
