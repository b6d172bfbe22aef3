using DexFlow.Web.Api;

namespace DexFlow.Web.Problems;

/// <summary>
/// The messages of a validation problem by the form's field: the API names fields by their JSON path
/// (<c>customer.name</c>, <c>specification.finishing[1]</c>), the form asks by the same path without indexes.
/// Every message also stays in the problem itself, which <c>ProblemDisplay</c> shows whole. Editors of lists (rules,
/// price list rows) ask by the exact path, indexes included, with <see cref="At"/> and <see cref="Under"/>.
/// </summary>
public sealed class FieldProblems
{
    // Declared before None, whose initialiser reads it.
    private static readonly IReadOnlyDictionary<string, string[]> Empty = new Dictionary<string, string[]>();

    public static FieldProblems None { get; } = new(null);

    private readonly Dictionary<string, List<string>> byField = new(StringComparer.OrdinalIgnoreCase);

    public FieldProblems(ApiProblem? problem)
    {
        foreach (var (field, messages) in problem?.Errors ?? Empty)
        {
            var key = Normalise(field);
            if (!byField.TryGetValue(key, out var list))
            {
                byField[key] = list = [];
            }

            list.AddRange(messages);
        }
    }

    public bool Has(string field) => byField.ContainsKey(field);

    /// <summary>What the API said about the field, in one line; null when it said nothing.</summary>
    public string? For(string field) => byField.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    // "$.specification.quantity" (a body the API could not read) and "specification.finishing[0]" name the same inputs
    // as "specification.quantity" and "specification.finishing".
    private static string Normalise(string field)
    {
        var path = field.StartsWith("$.", StringComparison.Ordinal) ? field[2..] : field;
        var bracket = path.IndexOf('[');
        return bracket < 0 ? path : path[..bracket] + (path.IndexOf(']', bracket) is var end and > 0 ? path[(end + 1)..] : "");
    }

    /// <summary>The messages for exactly <paramref name="path"/> (<c>rules[2].conditions[0].value</c>), joined; null when there are none.</summary>
    public static string? At(ApiProblem? problem, string path)
    {
        var messages = (problem?.Errors ?? Empty)
            .Where(error => string.Equals(error.Key, path, StringComparison.OrdinalIgnoreCase))
            .SelectMany(error => error.Value)
            .ToArray();
        return messages.Length == 0 ? null : string.Join(" ", messages);
    }

    /// <summary>Every field at or below <paramref name="path"/> with its messages (for a summary at a row or rule).</summary>
    public static IReadOnlyList<(string Field, string Message)> Under(ApiProblem? problem, string path) =>
        [.. (problem?.Errors ?? Empty)
            .Where(error => IsUnder(error.Key, path))
            .Select(error => (error.Key, string.Join(" ", error.Value)))];

    private static bool IsUnder(string field, string path) =>
        string.Equals(field, path, StringComparison.OrdinalIgnoreCase)
        || (field.StartsWith(path, StringComparison.OrdinalIgnoreCase) && field.Length > path.Length && field[path.Length] is '.' or '[');
}
