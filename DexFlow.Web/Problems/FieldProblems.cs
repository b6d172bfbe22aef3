using DexFlow.Web.Api;

namespace DexFlow.Web.Problems;

/// <summary>
/// The messages of a validation problem by the form's field: the API names fields by their JSON path
/// (<c>customer.name</c>, <c>specification.finishing[1]</c>), the form asks by the same path without indexes.
/// Every message also stays in the problem itself, which <c>ProblemDisplay</c> shows whole.
/// </summary>
public sealed class FieldProblems
{
    public static FieldProblems None { get; } = new(null);

    private readonly Dictionary<string, List<string>> byField = new(StringComparer.OrdinalIgnoreCase);

    public FieldProblems(ApiProblem? problem)
    {
        foreach (var (field, messages) in problem?.Errors ?? new Dictionary<string, string[]>())
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
}
