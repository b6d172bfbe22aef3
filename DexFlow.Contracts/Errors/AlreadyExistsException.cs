namespace DexFlow.Contracts.Errors;

/// <summary>An object with that identity exists already (a user name, a customer number).</summary>
[GenerateSerializer, Alias("dexflow.error.already-exists")]
public sealed class AlreadyExistsException(string resource, string id)
    : DomainException($"{resource} '{id}' exists already.")
{
    [Id(0)] public string Resource { get; private set; } = resource;
    [Id(1)] public string Id { get; private set; } = id;

    public override string Code => "already-exists";
}
