namespace DexFlow.Contracts.Errors;

/// <summary>The action is one the caller may take, but not while the object is in its current stage.</summary>
[GenerateSerializer, Alias("dexflow.error.illegal-transition")]
public sealed class IllegalTransitionException(string action, string stage, string reason)
    : DomainException($"Cannot {action} while {stage}: {reason}")
{
    [Id(0)] public string Action { get; private set; } = action;
    [Id(1)] public string Stage { get; private set; } = stage;
    [Id(2)] public string Reason { get; private set; } = reason;

    public override string Code => "illegal-transition";
}
