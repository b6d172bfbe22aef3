namespace DexFlow.Contracts.Errors;

/// <summary>A file is larger than the configured limit; nothing of it was kept.</summary>
[GenerateSerializer, Alias("dexflow.error.content-too-large")]
public sealed class ContentTooLargeException(long maxBytes)
    : DomainException($"Files may have at most {maxBytes / (1024 * 1024)} MiB ({maxBytes} bytes).")
{
    [Id(0)] public long MaxBytes { get; private set; } = maxBytes;

    public override string Code => "payload-too-large";
}
