using System.Text.Json.Serialization;

namespace DexFlow.Web.Api;

/// <summary>
/// An RFC 7807 problem as the API sends it: the page shows its title and the fields it names (<see cref="Errors"/>),
/// never anything else of the response. A refused plan also lists its <see cref="Conflicts"/>, one sentence each, which
/// the planning board shows on the bars they name.
/// </summary>
public sealed record ApiProblem(string? Type, string? Title, int? Status, string? Detail, IReadOnlyDictionary<string, string[]>? Errors,
    IReadOnlyList<string>? Conflicts = null)
{
    /// <summary>A title the page has already put in the user's language, and nothing more.</summary>
    public static ApiProblem Plain(string title, int? status = null) => new(null, title, status, null, null);

    /// <summary>
    /// For a failure that brought no problem (the network, a proxy's error page, an exception): the key of its text in
    /// the resource files (<see cref="TextKey"/>, with <see cref="TextArguments"/>), which ProblemDisplay shows in the
    /// user's language. The key is also the title, so that an exception carrying it says which text it is.
    /// </summary>
    public static ApiProblem Described(string textKey, int? status = null, params string[] arguments) =>
        new(null, textKey, status, null, null) { TextKey = textKey, TextArguments = arguments };

    /// <summary>Set by <see cref="Described"/> only; never read from an answer.</summary>
    [JsonIgnore]
    public string? TextKey { get; init; }

    [JsonIgnore]
    public IReadOnlyList<string> TextArguments { get; init; } = [];
}

/// <summary>A call the API refused or could not answer, carrying the problem to show.</summary>
public sealed class ApiProblemException(ApiProblem problem) : Exception(problem.Title)
{
    public ApiProblem Problem { get; } = problem;
}
