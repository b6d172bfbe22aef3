using DexFlow.Web.Api;

namespace DexFlow.Web.Pages.Admin;

/// <summary>
/// The fields a validation problem names, by the API's paths (<c>rules[2].conditions[0].value</c>,
/// <c>paperStocks[1].pricePer1000</c>), so that an editor shows each message at the row or field it is about.
/// </summary>
public static class FieldProblems
{
    /// <summary>The messages for exactly <paramref name="path"/>, joined; null when there are none.</summary>
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

    private static readonly IReadOnlyDictionary<string, string[]> Empty = new Dictionary<string, string[]>();
}
