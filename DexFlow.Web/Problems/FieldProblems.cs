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

    /// <summary>
    /// The problem as it reads once item <paramref name="index"/> of the list at <paramref name="list"/> is removed
    /// (<c>paperStocks</c>, 1): what it said about that item goes, and what it said about later items moves up one
    /// place (<c>paperStocks[2].name</c> becomes <c>paperStocks[1].name</c>), so that each message still names its row.
    /// </summary>
    public static ApiProblem? WithoutItem(ApiProblem? problem, string list, int index)
    {
        if (problem?.Errors is not { Count: > 0 } errors)
        {
            return problem;
        }

        var kept = new Dictionary<string, string[]>();
        foreach (var (field, messages) in errors)
        {
            var position = ItemOf(field, list);
            if (position == index)
            {
                continue;
            }

            kept[position > index ? $"{list}[{position - 1}]{field[(field.IndexOf(']', list.Length) + 1)..]}" : field] = messages;
        }

        return problem with { Errors = kept };
    }

    /// <summary>The position <paramref name="field"/> names in <paramref name="list"/> (<c>list[3]…</c> is 3); -1 when it names none.</summary>
    private static int ItemOf(string field, string list)
    {
        if (!field.StartsWith(list + "[", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        var end = field.IndexOf(']', list.Length);
        return end > 0 && int.TryParse(field.AsSpan(list.Length + 1, end - list.Length - 1), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var position) ? position : -1;
    }

    private static bool IsUnder(string field, string path) =>
        string.Equals(field, path, StringComparison.OrdinalIgnoreCase)
        || (field.StartsWith(path, StringComparison.OrdinalIgnoreCase) && field.Length > path.Length && field[path.Length] is '.' or '[');
}
