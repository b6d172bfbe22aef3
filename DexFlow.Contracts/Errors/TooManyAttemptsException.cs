namespace DexFlow.Contracts.Errors;

/// <summary>Too many failed sign-ins for this account name or from this address; try again after <see cref="RetryAfter"/>.</summary>
[GenerateSerializer, Alias("dexflow.error.too-many-attempts")]
public sealed class TooManyAttemptsException(TimeSpan retryAfter)
    : DomainException($"Too many failed sign-ins; try again in {Seconds(retryAfter)} seconds.")
{
    [Id(0)] public TimeSpan RetryAfter { get; private set; } = retryAfter;

    public override string Code => "too-many-attempts";

    /// <summary>Whole seconds, rounded up and at least one, as Retry-After wants them.</summary>
    public int RetryAfterSeconds => Seconds(RetryAfter);

    private static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
}
