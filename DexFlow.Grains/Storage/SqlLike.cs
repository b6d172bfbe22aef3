namespace DexFlow.Grains.Storage;

/// <summary>Text matched with SQL <c>LIKE … ESCAPE '\'</c>: what the user typed, never a pattern.</summary>
public static class SqlLike
{
    /// <summary>A pattern matching values that start with <paramref name="text"/>, its wildcards escaped.</summary>
    public static string Prefix(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
