namespace DexFlow.Grains.Validation;

/// <summary>Optional text as it is stored: trimmed, and blank as none.</summary>
public static class OptionalText
{
    public static string? Of(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
