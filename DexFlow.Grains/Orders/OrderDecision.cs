using DexFlow.Contracts.Orders;

namespace DexFlow.Grains.Orders;

public enum Verdict
{
    Allowed,
    Forbidden,
    Illegal,
}

/// <summary>The state machine's answer: allowed (with the stage the order moves to), forbidden for this actor, or illegal now.</summary>
public readonly record struct OrderDecision(Verdict Verdict, OrderStage Next, string Reason)
{
    public static OrderDecision Allow(OrderStage next) => new(Verdict.Allowed, next, "");

    public static OrderDecision Forbid(string reason) => new(Verdict.Forbidden, default, reason);

    public static OrderDecision Refuse(string reason) => new(Verdict.Illegal, default, reason);

    public bool IsAllowed => Verdict == Verdict.Allowed;
}
