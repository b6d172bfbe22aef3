using System.Collections.Immutable;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Parcels;
using DexFlow.Contracts.Routing;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Security;
using DexFlow.Grains.Storage;
using Orleans.Concurrency;

namespace DexFlow.Grains.Routing;

/// <summary>Reads, publishes and tries the routing rules. Administrators edit; clerks and auditors read and try.</summary>
// Holds no state: its calls wait on the store side by side, not one after another.
[StatelessWorker, Reentrant]
public sealed class RoutingGrain(RuleSetStore store, RoutingRulesCache cache, RoutingLog log) : Grain, IRoutingGrain
{
    private const Roles Readers = Roles.Administrator | Roles.Clerk | Roles.Auditor;
    private const int MaxReplay = 10_000;
    private const int MaxChangesListed = 100;

    public async Task<RuleSetVersion> Current(Caller caller)
    {
        caller.EnsureRole(Readers, "read the routing rules");
        return (await store.Get(await store.CurrentVersion()))!;
    }

    public async Task<RuleSetVersion> Version(Caller caller, int version)
    {
        caller.EnsureRole(Readers, "read the routing rules");
        return await store.Get(version) ?? throw new NotFoundException("Rule set version", version.ToString());
    }

    public Task<ImmutableArray<RuleSetVersion>> History(Caller caller)
    {
        caller.EnsureRole(Readers, "read the routing rules");
        return store.History();
    }

    public async Task<RuleSetVersion> Publish(Caller caller, RoutingRules rules, string comment)
    {
        caller.EnsureRole(Roles.Administrator, "publish routing rules");
        var why = PublicationComments.Checked(comment, "the rules change");
        cache.Compile(rules);
        var published = await store.Publish(rules, caller.UserId, why);
        cache.Invalidate();
        return published;
    }

    public async Task<ImmutableArray<RoutingDecision>> DryRun(Caller caller, string? parcelId, RoutingFacts? facts, RoutingRules? draft)
    {
        caller.EnsureRole(Roles.Administrator | Roles.Clerk, "try routing rules");
        var rules = draft is null ? await cache.Current() : cache.Compile(draft);
        if (parcelId is not null)
        {
            var documents = ParcelIds.IsWellFormed(parcelId)
                ? await GrainFactory.GetGrain<IParcelGrain>(parcelId).RoutingFacts(caller)
                : throw new NotFoundException("Parcel", parcelId);
            return [.. documents.Select(rules.Evaluate)];
        }

        return facts is null ? throw ValidationException.For("parcelId", "Give a parcel id or facts.") : [rules.Evaluate(facts)];
    }

    public async Task<ReplayReport> Replay(Caller caller, RoutingRules draft, int last)
    {
        caller.EnsureRole(Roles.Administrator, "replay routing rules");
        var rules = cache.Compile(draft);
        var recent = await log.Recent(Math.Clamp(last, 1, MaxReplay));
        var changes = recent
            .Select(row => (row.DocumentId, Before: row.Decision, After: rules.Evaluate(row.Facts)))
            .Where(row => row.Before.Outcome != row.After.Outcome || row.Before.OrderNumber != row.After.OrderNumber || row.Before.Role != row.After.Role)
            .ToArray();
        return new ReplayReport(recent.Length, changes.Length,
            [.. changes.Take(MaxChangesListed).Select(change => new ReplayChange(change.DocumentId, change.Before, change.After))]);
    }

}
