using Zxcvbn.Matcher;

namespace DexFlow.Grains.Accounts;

/// <summary>
/// What a password must be, in the spirit of NIST SP 800-63B (long, not known, no composition rules): 12 to 128
/// characters, not made of passwords seen in breaches (zxcvbn's list, also in l33t and reversed forms), and not
/// guessable from common words, names, keyboard patterns, dates or the user's own names and e-mail (zxcvbn's score of 3
/// or more, out of 4).
/// </summary>
public static class PasswordPolicy
{
    public const int MinLength = 12;
    public const int MaxLength = 128;
    private const int MinScore = 3;
    private const string BreachedList = "passwords";

    /// <summary>What is wrong with <paramref name="password"/>, or null when it is acceptable.</summary>
    /// <param name="personal">The user's own names and e-mail: a password made of them is guessable by anyone who knows the user.</param>
    public static string? Problem(string password, IEnumerable<string?> personal)
    {
        if (password.Length < MinLength)
        {
            return $"At least {MinLength} characters.";
        }

        if (password.Length > MaxLength)
        {
            return $"At most {MaxLength} characters.";
        }

        var result = Zxcvbn.Zxcvbn.MatchPassword(password, Words(personal));
        if (result.MatchSequence.All(match => match is DictionaryMatch { DictionaryName: BreachedList }))
        {
            return "Made of passwords seen in breaches; choose another.";
        }

        return result.Score < MinScore
            ? "Too easy to guess: common words, names, keyboard patterns, dates and your own names are tried first. A phrase of four uncommon words works."
            : null;
    }

    /// <summary>Each input whole and word by word ("Erin Example", "erin", "example").</summary>
    private static IEnumerable<string> Words(IEnumerable<string?> personal) =>
        personal.OfType<string>()
            .SelectMany(input => input.Split((char[])[' ', '.', '@', '-', '_', '+'], StringSplitOptions.RemoveEmptyEntries).Append(input))
            .Where(word => word.Length >= 3)
            .Select(word => word.ToLowerInvariant())
            .Distinct();
}
