namespace DexFlow.Contracts.Errors;

/// <summary>The caller acted on a version it read earlier, and the object has changed since.</summary>
[GenerateSerializer, Alias("dexflow.error.version-conflict")]
public sealed class VersionConflictException(long expected, long actual)
    : DomainException($"The object is at version {actual}, not {expected}; read it again and reapply your change.")
{
    [Id(0)] public long Expected { get; private set; } = expected;
    [Id(1)] public long Actual { get; private set; } = actual;

    public override string Code => "version-conflict";
}
