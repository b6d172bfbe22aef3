namespace DexFlow.Contracts.Errors;

/// <summary>The caller can see the object but may not take this action on it.</summary>
[GenerateSerializer, Alias("dexflow.error.forbidden")]
public sealed class ForbiddenException(string action, string reason)
    : DomainException($"You may not {action}: {reason}")
{
    [Id(0)] public string Action { get; private set; } = action;
    [Id(1)] public string Reason { get; private set; } = reason;

    public override string Code => "forbidden";
}
