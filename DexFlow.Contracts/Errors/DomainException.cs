namespace DexFlow.Contracts.Errors;

/// <summary>
/// The one family of errors DexFlow's grains raise on purpose. Each kind has a stable <see cref="Code"/>; the API maps
/// the kinds to RFC 7807 problems in one place, so a new error never leaks out as a 500.
/// </summary>
[GenerateSerializer, Alias("dexflow.error")]
public abstract class DomainException(string message) : Exception(message)
{
    /// <summary>Stable, lower-case, hyphenated name of the error kind; the suffix of the problem type.</summary>
    public abstract string Code { get; }
}
