using System.Text.RegularExpressions;

namespace DexFlow.Contracts.Capture;

/// <summary>Capture point ids: lower-case letters, digits and dashes, at most 60 characters.</summary>
public static partial class CapturePointIds
{
    public static bool IsWellFormed(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,59}$")]
    private static partial Regex Pattern();
}
