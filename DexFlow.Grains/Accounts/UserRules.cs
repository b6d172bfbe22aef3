using System.Collections.Immutable;
using DexFlow.Contracts.Accounts;
using DexFlow.Contracts.Errors;
using DexFlow.Grains.Validation;

namespace DexFlow.Grains.Accounts;

/// <summary>What a user's name and details must be; every broken rule is named by its field.</summary>
public static class UserRules
{
    public const int MaxDisplayNameLength = 200;

    /// <summary>The languages DexFlow's pages and e-mails speak; a user without one gets their browser's.</summary>
    public static ImmutableArray<string> Languages { get; } = ["en", "de"];

    /// <summary>Throws <see cref="ValidationException"/> naming each field that breaks a rule; <paramref name="resources"/> are the shop's.</summary>
    public static void EnsureValid(string? userName, UserDetails details, IReadOnlySet<string> resources)
    {
        var errors = new Dictionary<string, string[]>();
        if (userName is not null && Problem(userName) is { } nameProblem)
        {
            errors["userName"] = [nameProblem];
        }

        if (string.IsNullOrWhiteSpace(details.DisplayName) || details.DisplayName.Length > MaxDisplayNameLength)
        {
            errors["displayName"] = [$"Required, at most {MaxDisplayNameLength} characters."];
        }

        if (details.Email is { } email && !EmailAddresses.IsValid(email))
        {
            errors["email"] = ["Not an e-mail address."];
        }

        if (details.Language is { } language && !Languages.Contains(language))
        {
            errors["language"] = [$"One of {string.Join(", ", Languages)}."];
        }

        if (details.Resources.FirstOrDefault(resource => !resources.Contains(resource)) is { } unknown)
        {
            errors["resources"] = [$"No resource '{unknown}'."];
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
    }

    /// <summary>Details as stored: trimmed, resources once each in order, empty text as none.</summary>
    public static UserDetails Normalized(UserDetails details) => details with
    {
        DisplayName = details.DisplayName.Trim(),
        Email = string.IsNullOrWhiteSpace(details.Email) ? null : details.Email.Trim(),
        Language = string.IsNullOrWhiteSpace(details.Language) ? null : details.Language.Trim().ToLowerInvariant(),
        Resources = [.. details.Resources.Distinct().Order(StringComparer.Ordinal)],
    };

    // Lower-case letters, digits, dots, dashes, underscores and @: names that read the same in every log and URL.
    private static string? Problem(string userName) =>
        userName.Length is < 2 or > 64 ? "Between 2 and 64 characters."
        : !userName.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '-' or '_' or '@') ? "Lower-case letters, digits, '.', '-', '_' and '@' only."
        : userName == Contracts.Security.Caller.System.UserId ? "Reserved for DexFlow itself."
        : null;
}
