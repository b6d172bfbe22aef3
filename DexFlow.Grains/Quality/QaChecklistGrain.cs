using System.Collections.Immutable;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Quality;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Security;
using DexFlow.Grains.Storage;
using Orleans.Concurrency;

namespace DexFlow.Grains.Quality;

/// <summary>Reads and publishes the QA checklist. Administrators publish; QA, managers, administrators and auditors read.</summary>
// Holds no state: its calls wait on the store side by side, not one after another.
[StatelessWorker, Reentrant]
public sealed class QaChecklistGrain(QaChecklistStore store, QaChecklists inForce) : Grain, IQaChecklistGrain
{
    private const Roles Readers = Roles.QA | Roles.Manager | Roles.Administrator | Roles.Auditor;

    public async Task<QaChecklistVersion> Current(Caller caller)
    {
        caller.EnsureRole(Readers, "read the QA checklist");
        return QaChecklistStore.ToView(await store.Current());
    }

    public async Task<QaChecklistVersion> Version(Caller caller, int version)
    {
        caller.EnsureRole(Readers, "read the QA checklist");
        return await store.Get(version) is { } published
            ? QaChecklistStore.ToView(published)
            : throw new NotFoundException("QA checklist version", version.ToString());
    }

    public async Task<ImmutableArray<QaChecklistVersion>> History(Caller caller)
    {
        caller.EnsureRole(Readers, "read the QA checklist");
        return [.. (await store.History()).Select(QaChecklistStore.ToView)];
    }

    public async Task<QaChecklistVersion> Publish(Caller caller, QaChecklist checklist, string comment)
    {
        caller.EnsureRole(Roles.Administrator, "publish the QA checklist");
        var why = PublicationComments.Checked(comment, "the checklist changes");
        QaChecklistRules.EnsureValid(checklist);
        var items = checklist.Items.IsDefault ? [] : checklist.Items;
        var published = await store.Publish(checklist with
        {
            Items = [.. items.Select(item => item with { Text = item.Text.Trim(), ProductTypes = item.ProductTypes.IsDefault ? [] : item.ProductTypes })],
        }, caller.UserId, why);
        inForce.Invalidate();
        return QaChecklistStore.ToView(published);
    }
}
