namespace DexFlow.Contracts.Errors;

/// <summary>
/// Something may have happened, but whether it did is not known: an answer that did not come in time, or a failure
/// after a durable step. The caller retries with the same Idempotency-Key, or reads the object to find out.
/// </summary>
[GenerateSerializer, Alias("dexflow.error.outcome-unknown")]
public sealed class OutcomeUnknownException(string what)
    : DomainException($"{what} It may or may not have taken effect: retry with the same Idempotency-Key, or read the object to see.")
{
    [Id(0)] public string What { get; private set; } = what;

    public override string Code => "outcome-unknown";
}
