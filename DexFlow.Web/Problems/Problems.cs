using DexFlow.Web.Api;

namespace DexFlow.Web.Problems;

/// <summary>Turns whatever a call threw into a problem to show: the API's own, or a plain title; never an exception's text.</summary>
public static class Problems
{
    public static ApiProblem From(Exception exception) => exception switch
    {
        ApiProblemException refused => refused.Problem,
        HttpRequestException => ApiProblem.Plain("DexFlow cannot be reached. Check the connection and try again."),
        OperationCanceledException => ApiProblem.Plain("The request took too long and was abandoned."),
        _ => ApiProblem.Plain("Something went wrong in the page."),
    };
}
