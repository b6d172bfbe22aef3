using DexFlow.Contracts.Errors;

namespace DexFlow.Grains.Validation;

/// <summary>Collects every problem of an input by field path, so that one answer names them all.</summary>
public sealed class Problems
{
    private readonly Dictionary<string, List<string>> _byField = [];

    public void Add(string field, string message)
    {
        if (!_byField.TryGetValue(field, out var messages))
        {
            _byField[field] = messages = [];
        }

        messages.Add(message);
    }

    public void Required(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "Required.");
        }
    }

    public void Present<T>(string field, T? value) where T : struct
    {
        if (value is null)
        {
            Add(field, "Required for submission.");
        }
    }

    public void MaxLength(string field, string? value, int max)
    {
        if (value?.Length > max)
        {
            Add(field, $"At most {max} characters.");
        }
    }

    /// <summary>A name, number or id: at most <see cref="InputLimits.ShortText"/> characters.</summary>
    public void ShortText(string field, string? value) => MaxLength(field, value, InputLimits.ShortText);

    /// <summary>An address, note or reason: at most <see cref="InputLimits.LongText"/> characters.</summary>
    public void LongText(string field, string? value) => MaxLength(field, value, InputLimits.LongText);

    public void MaxCount<T>(string field, IReadOnlyCollection<T>? items, int max, string what)
    {
        if (items?.Count > max)
        {
            Add(field, $"At most {max} {what}.");
        }
    }

    public void Range(string field, int? value, int min, int max)
    {
        if (value is { } number && (number < min || number > max))
        {
            Add(field, $"Must be between {min} and {max}.");
        }
    }

    public void ThrowIfAny()
    {
        if (_byField.Count > 0)
        {
            throw new ValidationException(_byField.ToDictionary(entry => entry.Key, entry => entry.Value.ToArray()));
        }
    }
}
