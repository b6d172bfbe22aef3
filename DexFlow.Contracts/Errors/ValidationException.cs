namespace DexFlow.Contracts.Errors;

/// <summary>The input is well-formed but breaks a rule; <see cref="Errors"/> names each offending field.</summary>
[GenerateSerializer, Alias("dexflow.error.validation")]
public sealed class ValidationException(IReadOnlyDictionary<string, string[]> errors)
    : DomainException("One or more fields are invalid: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")))
{
    [Id(0)] public Dictionary<string, string[]> Errors { get; private set; } = new(errors);

    public override string Code => "validation";

    public static ValidationException For(string field, string error) => new(new Dictionary<string, string[]> { [field] = [error] });
}
