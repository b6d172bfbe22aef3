using DexFlow.Contracts.Parcels;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Routing;

namespace DexFlow.Grains.Parcels;

/// <summary>
/// Routing a parcel's documents: by the rules in force, or one document by a clerk's hand. Carrying a route out is
/// repeatable (<see cref="RouteApplier"/>), so a crash before the parcel saves the result only repeats it harmlessly.
/// </summary>
public sealed class ParcelRouting(RoutingRulesCache rules, RouteApplier routes, RoutedDocuments routed, RoutingLog log)
{
    /// <summary>Decides each document's route with the rules in force, carries it out, and logs the decision.</summary>
    public async Task<ParcelState> Route(ParcelState state, ParcelTexts texts, DateTimeOffset now)
    {
        var ruleSet = await rules.Current();
        var decided = new List<RouteView>();
        for (var index = 0; index < state.Documents.Length; index++)
        {
            var facts = RoutingFactsBuilder.For(state, index, texts);
            var decision = ruleSet.Evaluate(facts);
            decided.Add(await routes.Apply(state, index, decision));
            await log.Record(ParcelIds.Document(state.Id, index), facts, decision);
        }

        return ParcelWorkflow.Route(state, decided, now);
    }

    /// <summary>
    /// Places one routed document where the clerk says. Placing it where it already is returns
    /// <paramref name="state"/> itself, so the caller writes nothing.
    /// </summary>
    public async Task<ParcelState> PlaceByHand(ParcelState state, Caller clerk, int index, ManualRoute route, DateTimeOffset now)
    {
        ParcelWorkflow.EnsureAllowed(state, ParcelAction.Reroute, clerk);
        var placement = ManualRoutes.Decide(route, clerk, state.Documents[index].Route);
        if (placement.Repeats(state.Documents[index].Route))
        {
            return state;
        }

        var placed = await routes.PlaceByHand(state, index, placement.Decision);
        if (placed.Kind != RouteKind.Inbox)
        {
            await routed.Placed(ParcelIds.Document(state.Id, index), clerk, $"placed by hand: {placed.Kind} {placed.OrderNumber}".TrimEnd());
        }

        return ParcelWorkflow.Rerouted(state, clerk, index, placed, route.Note?.Trim(), now);
    }
}
