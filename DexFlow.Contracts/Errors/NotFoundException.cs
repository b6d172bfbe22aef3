namespace DexFlow.Contracts.Errors;

/// <summary>The object does not exist, or the caller may not know that it does.</summary>
[GenerateSerializer, Alias("dexflow.error.not-found")]
public sealed class NotFoundException(string resource, string id)
    : DomainException($"{resource} '{id}' was not found.")
{
    [Id(0)] public string Resource { get; private set; } = resource;
    [Id(1)] public string ResourceId { get; private set; } = id;

    public override string Code => "not-found";
}
