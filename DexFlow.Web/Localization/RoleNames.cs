using DexFlow.Web.Resources;
using Microsoft.Extensions.Localization;

namespace DexFlow.Web.Localization;

/// <summary>
/// A role (whose inbox a document went to, which inbox a rule sends to) as the user's language names it
/// (<c>Role{Name}</c>). Roles are names in the API, not an enum: a role this app does not know is shown as it is.
/// </summary>
public static class RoleNames
{
    /// <summary>The roles of domain.md §1, in the order people think of them.</summary>
    public static IReadOnlyList<string> All { get; } = ["Manager", "Accountant", "QA", "Planner", "Operator", "Clerk", "Administrator", "Auditor"];

    public static string Role(this IStringLocalizer<Strings> texts, string? role) =>
        role is null ? "" : texts[$"Role{role}"] is { ResourceNotFound: false } name ? name.Value : role;
}
