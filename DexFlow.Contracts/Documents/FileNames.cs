namespace DexFlow.Contracts.Documents;

/// <summary>Makes file names from outside safe to show and store: the last path segment only, no control characters or climbing dots.</summary>
public static class FileNames
{
    public static string Safe(string? name, int index = 0)
    {
        var baseName = (name ?? "").Replace('\\', '/').Split('/').LastOrDefault() ?? "";
        var cleaned = new string(baseName.Where(character => !char.IsControl(character) && character is not ':' and not '*' and not '?' and not '"' and not '<' and not '>' and not '|').ToArray())
            .Trim().TrimStart('.');
        return cleaned.Length == 0 ? $"file-{index + 1}" : cleaned[..Math.Min(cleaned.Length, 120)];
    }
}
