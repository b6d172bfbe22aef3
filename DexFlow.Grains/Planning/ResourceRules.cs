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

        problems.Required("name", settings.Name);
        if (string.IsNullOrWhiteSpace(settings.Kind)) problems.Add("kind", "Required, e.g. press, cutter, folder, binder.");
        if (settings.Calendar is null)
        {
            problems.Add("calendar", "Required: working hours and holidays.");
            problems.ThrowIfAny();
            return;
        }

        if (settings.Calendar.Holidays.IsDefault) problems.Add("calendar.holidays", "Required (it may be empty).");
        var hours = settings.Calendar.Hours;
        if (hours.IsDefaultOrEmpty)
        {
            problems.Add("calendar.hours", "At least one working period.");
        }
        else
        {
            for (var i = 0; i < hours.Length; i++)
            {
                if (hours[i] is null) problems.Add($"calendar.hours[{i}]", "Required.");
                else if (!Enum.IsDefined(hours[i].Day)) problems.Add($"calendar.hours[{i}].day", "A day of the week.");
                else if (hours[i].To <= hours[i].From) problems.Add($"calendar.hours[{i}]", "Must end after it starts.");
            }

            // Overlapping periods of one day would count the same time twice.
            var valid = hours.Where(period => period is not null && Enum.IsDefined(period.Day) && period.To > period.From);
            foreach (var day in valid.GroupBy(period => period.Day))
            {
                var ordered = day.OrderBy(period => period.From).ToArray();
                if (ordered.Zip(ordered.Skip(1)).Any(pair => pair.Second.From < pair.First.To))
                {
                    problems.Add("calendar.hours", $"Periods on {day.Key} overlap.");
                }
            }
        }

        problems.ThrowIfAny();
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex Id();
}
