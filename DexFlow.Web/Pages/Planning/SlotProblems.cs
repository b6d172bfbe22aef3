using DexFlow.Web.Api;

namespace DexFlow.Web.Pages.Planning;

/// <summary>
/// What a refused plan says about each process, so the board can show it on that process's bar: validation problems
/// name their field <c>slots.{processId}[.start|.resourceId]</c>, and each conflict sentence names the process that
/// wants the time (<c>…; {processId} wants …</c>, or <c>{resource}: {a} and {b} of order … overlap</c>).
/// </summary>
public static class SlotProblems
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> For(ApiProblem? problem, IEnumerable<string> processIds)
    {
        var found = new Dictionary<string, IReadOnlyList<string>>();
        if (problem is null)
        {
            return found;
        }

        foreach (var id in processIds)
        {
            var field = $"slots.{id}";
            var messages = (problem.Errors ?? new Dictionary<string, string[]>())
                .Where(error => error.Key == field || error.Key.StartsWith(field + ".", StringComparison.Ordinal))
                .SelectMany(error => error.Value)
                .Concat((problem.Conflicts ?? []).Where(conflict => Names(conflict, id)))
                .ToArray();
            if (messages.Length > 0)
            {
                found[id] = messages;
            }
        }

        return found;
    }

    private static bool Names(string conflict, string processId) =>
        conflict.Contains($"; {processId} wants ", StringComparison.Ordinal)
        || conflict.Contains($": {processId} and ", StringComparison.Ordinal)
        || conflict.Contains($" and {processId} of order ", StringComparison.Ordinal);
}
