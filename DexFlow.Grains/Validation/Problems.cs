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

    public void ThrowIfAny()
    {
        if (_byField.Count > 0)
        {
            throw new ValidationException(_byField.ToDictionary(entry => entry.Key, entry => entry.Value.ToArray()));
        }
    }
}
