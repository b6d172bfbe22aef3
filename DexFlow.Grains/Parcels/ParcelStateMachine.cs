using System.Collections.Frozen;
using DexFlow.Contracts.Parcels;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Security;
using static DexFlow.Contracts.Parcels.ParcelStage;

namespace DexFlow.Grains.Parcels;

/// <summary>
/// The parcel lifecycle of domain.md §3 in one table: for every action, who may take it, from which stages, and where
/// it leads. Who comes first: a caller the rule does not name is forbidden whatever the stage; a named caller in the
/// wrong stage is refused as an illegal transition.
/// </summary>
public static class ParcelStateMachine
{
    /// <summary>Where an action leads: a stage, back to the step that failed, or nowhere (the parcel stays).</summary>
    private readonly record struct Next(ParcelStage? Stage, bool ToFailedStep)
    {
        public static Next Stays => default;

        public static Next BackToFailedStep => new(null, ToFailedStep: true);

        public static implicit operator Next(ParcelStage stage) => new(stage, ToFailedStep: false);
    }

    /// <param name="People">Roles that may take the action.</param>
    /// <param name="BySystem">Whether DexFlow itself takes it: its own steps, and deliveries from capture points.</param>
    /// <param name="Doing">What the action is, as a refusal names it.</param>
    /// <param name="OnlyWho">Why anyone else is forbidden.</param>
    /// <param name="OnlyWhen">Why it is illegal in any other stage.</param>
    private sealed record Rule(Roles People, bool BySystem, ParcelStage[] From, Next To, string Doing, string OnlyWho, string OnlyWhen);

    /// <summary>The stages in which a parcel works on its own; a step can fail in any of them.</summary>
    public static IReadOnlyList<ParcelStage> Working { get; } = [Received, Splitting, ParcelStage.Indexing, ParcelStage.Routing];

    // Everyone who works with orders may hand in paper; auditors change nothing.
    private const Roles Deliverers = Roles.Manager | Roles.Accountant | Roles.QA | Roles.Planner | Roles.Operator | Roles.Clerk | Roles.Administrator;

    private const Roles DocumentServices = ParcelAccessPolicy.DocumentServices;

    private static readonly FrozenDictionary<ParcelAction, Rule> Rules = new Dictionary<ParcelAction, Rule>
    {
        [ParcelAction.Receive] = new(Deliverers, true, [], Received,
            "deliver documents", "your roles do not include document intake", "a delivery makes one parcel"),
        [ParcelAction.Start] = Own([Received], Splitting),
        [ParcelAction.Split] = Own([Splitting], ParcelStage.Indexing),
        [ParcelAction.Index] = Own([ParcelStage.Indexing], ParcelStage.Routing),
        [ParcelAction.Route] = Own([ParcelStage.Routing], Routed),
        [ParcelAction.RouteToClerk] = Own([ParcelStage.Routing], ManualIndexing),
        [ParcelAction.Correct] = new(DocumentServices, false, [ManualIndexing], ParcelStage.Routing,
            "index parcels", "only clerks and administrators index parcels", "only parcels waiting for manual indexing are corrected"),
        [ParcelAction.Reroute] = new(DocumentServices, false, [Routed], Next.Stays,
            "place documents", "only clerks and administrators place documents by hand",
            "only routed documents are placed by hand; a parcel waiting for indexing is corrected instead"),
        [ParcelAction.FailAttempt] = Own([.. Working], Next.Stays),
        [ParcelAction.Fail] = Own([.. Working], Failed),
        [ParcelAction.Retry] = new(DocumentServices, false, [Failed], Next.BackToFailedStep,
            "index parcels", "only clerks and administrators index parcels", "only failed parcels are retried"),
    }.ToFrozenDictionary();

    /// <summary>Whether the caller may hand in a delivery: the one action with no parcel before it.</summary>
    public static ParcelDecision DecideReceive(Caller caller) =>
        Rules[ParcelAction.Receive] is var rule && Permits(rule, caller) ? ParcelDecision.Allow(Received) : ParcelDecision.Forbid(rule.Doing, rule.OnlyWho);

    public static ParcelDecision Decide(ParcelFacts parcel, ParcelAction action, Caller caller)
    {
        // The name an illegal transition is reported under: "correct", "retry", "reroute".
        var named = action.ToString().ToLowerInvariant();
        if (!Rules.TryGetValue(action, out var rule))
        {
            return ParcelDecision.Refuse(named, $"{action} is no action on parcels");
        }

        if (!Permits(rule, caller))
        {
            return ParcelDecision.Forbid(rule.Doing, rule.OnlyWho);
        }

        if (!rule.From.Contains(parcel.Stage))
        {
            return ParcelDecision.Refuse(named, rule.OnlyWhen);
        }

        return rule.To switch
        {
            { ToFailedStep: true } => parcel.FailedStep is { } step && Working.Contains(step)
                ? ParcelDecision.Allow(step)
                : ParcelDecision.Refuse(named, rule.OnlyWhen),
            { Stage: { } next } => ParcelDecision.Allow(next),
            _ => ParcelDecision.Allow(parcel.Stage),
        };
    }

    /// <summary>DexFlow's own step: nobody else takes it.</summary>
    private static Rule Own(ParcelStage[] from, Next to) =>
        new(Roles.None, true, from, to, "take DexFlow's own steps", "DexFlow takes this step itself", $"only while the parcel is {string.Join(" or ", from)}");

    private static bool Permits(Rule rule, Caller caller) => caller.IsSystem ? rule.BySystem : caller.Has(rule.People);
}
