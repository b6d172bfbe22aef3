namespace DexFlow.Contracts.Errors;

/// <summary>An Idempotency-Key was sent again with a different request than the one it first came with.</summary>
[GenerateSerializer, Alias("dexflow.error.idempotency-key-reused")]
public sealed class IdempotencyKeyReusedException(string key)
    : DomainException($"Idempotency-Key '{key}' was already used for a different request.")
{
    [Id(0)] public string Key { get; private set; } = key;

    public override string Code => "idempotency-key-reused";
}
