namespace DexFlow.Contracts.Validation;

/// <summary>
/// The one rule for text DexFlow accepts from outside: no control characters but tab, line feed and carriage return,
/// no unpaired surrogates and no non-characters. Such characters cannot be stored (PostgreSQL refuses NUL in text),
/// printed or shown, and only ever arrive by mistake or malice.
/// </summary>
public static class SafeText
{
    public const string Problem = "Contains a control character or an invalid character; remove it.";

    public static bool IsSafe(ReadOnlySpan<char> text)
    {
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if (char.IsHighSurrogate(character) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                index++;
                continue;
            }

            if (IsRefused(character))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text with every refused character left out (for text read from documents, which nobody typed).</summary>
    public static string Clean(string text)
    {
        if (IsSafe(text))
        {
            return text;
        }

        var kept = new System.Text.StringBuilder(text.Length);
        for (var index = 0; index < text.Length; index++)
        {
            if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                kept.Append(text, index++, 2);
            }
            else if (!IsRefused(text[index]))
            {
                kept.Append(text[index]);
            }
        }

        return kept.ToString();
    }

    private static bool IsRefused(char character) =>
        character switch
        {
            '\t' or '\n' or '\r' => false,
            < ' ' => true,
            >= '\u007f' and <= '\u009f' => true,
            '\ufffe' or '\uffff' => true,
            _ => char.IsSurrogate(character),
        };
}
