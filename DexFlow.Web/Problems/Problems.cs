using DexFlow.Web.Api;

namespace DexFlow.Web.Problems;

/// <summary>
/// Turns whatever a call threw into a problem to show: the API's own, or one of the app's texts (shown in the user's
/// language); never an exception's text.
/// </summary>
public static class Problems
{
    public static ApiProblem From(Exception exception) => exception switch
    {
        ApiProblemException refused => refused.Problem,
        HttpRequestException => ApiProblem.Described("ProblemUnreachable"),
        OperationCanceledException => ApiProblem.Described("ProblemTimedOut"),
        _ => ApiProblem.Described("ProblemInPage"),
    };
}
