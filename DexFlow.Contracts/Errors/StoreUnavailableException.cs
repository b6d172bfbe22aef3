namespace DexFlow.Contracts.Errors;

/// <summary>The durable store could not be reached, so nothing was changed; the caller may retry.</summary>
[GenerateSerializer, Alias("dexflow.error.store-unavailable")]
public sealed class StoreUnavailableException(string reason)
    : DomainException($"The store is unavailable; nothing was changed. {reason}")
{
    [Id(0)] public string Reason { get; private set; } = reason;

    public override string Code => "store-unavailable";
}
