using DexFlow.Contracts.Parcels;
using DexFlow.Grains.Orders;

namespace DexFlow.Grains.Parcels;

/// <summary>
/// The parcel state machine's answer: allowed (with the stage the parcel moves to), forbidden for this caller, or
/// illegal now. <see cref="Refused"/> names what was refused, as the error says it ("index parcels", "retry").
/// </summary>
public readonly record struct ParcelDecision(Verdict Verdict, ParcelStage Next, string Refused, string Reason)
{
    public static ParcelDecision Allow(ParcelStage next) => new(Verdict.Allowed, next, "", "");

    public static ParcelDecision Forbid(string refused, string reason) => new(Verdict.Forbidden, default, refused, reason);

    public static ParcelDecision Refuse(string refused, string reason) => new(Verdict.Illegal, default, refused, reason);

    public bool IsAllowed => Verdict == Verdict.Allowed;
}
