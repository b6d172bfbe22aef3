namespace DexFlow.Grains.Storage;

/// <summary>Text matched with SQL <c>LIKE … ESCAPE '\'</c>: what the user typed, never a pattern.</summary>
public static class SqlLike
{
    /// <summary>The text with LIKE's wildcards and escape character escaped, to build a pattern around.</summary>
    public static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    /// <summary>A pattern matching values that start with <paramref name="text"/>.</summary>
    public static string Prefix(string text) => Escape(text) + "%";

    /// <summary>A pattern matching values that contain <paramref name="text"/>.</summary>
    public static string Contains(string text) => "%" + Escape(text) + "%";
}
