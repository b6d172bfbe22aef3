using System.Text.RegularExpressions;
using DexFlow.Contracts.Planning;
using DexFlow.Grains.Validation;

namespace DexFlow.Grains.Planning;

/// <summary>What a resource's configuration must hold.</summary>
public static partial class ResourceRules
{
    public static void EnsureValid(string id, ResourceSettings? settings)
    {
        var problems = new Problems();
        if (!Id().IsMatch(id))
        {
            problems.Add("id", "Lower-case letters, digits and hyphens, at most 40.");
        }

        if (settings is null)
        {
            problems.Add("settings", "Required.");
            problems.ThrowIfAny();
            return;
        }

        if (string.IsNullOrWhiteSpace(settings.Name)) problems.Add("name", "Required.");
        if (string.IsNullOrWhiteSpace(settings.Kind)) problems.Add("kind", "Required, e.g. press, cutter, folder, binder.");
        var hours = settings.Calendar?.Hours ?? [];
        if (hours.IsDefaultOrEmpty) problems.Add("calendar.hours", "At least one working period.");
        for (var i = 0; i < (hours.IsDefault ? 0 : hours.Length); i++)
        {
            if (hours[i].To <= hours[i].From)
            {
                problems.Add($"calendar.hours[{i}]", "Must end after it starts.");
            }
        }

        problems.ThrowIfAny();
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex Id();
}
