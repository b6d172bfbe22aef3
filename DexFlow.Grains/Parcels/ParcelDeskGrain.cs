using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Parcels;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Security;
using Orleans.Concurrency;

namespace DexFlow.Grains.Parcels;

// Holds no state: its calls wait on the store side by side, not one after another.
[StatelessWorker, Reentrant]
public sealed class ParcelDeskGrain(ParcelReadModel parcels) : Grain, IParcelDeskGrain
{
    public Task<ParcelQueuePage> Queue(Caller caller, ParcelStage? stage, int page, int pageSize) =>
        !ParcelAccessPolicy.SeesQueue(caller)
            ? throw new ForbiddenException("see the indexing queue", "only clerks, administrators and auditors see it")
            : stage is { } only && !ParcelAccessPolicy.CanSee(caller, only, submittedBy: null)
                ? throw new ForbiddenException($"list {only} parcels", "clerks see parcels until they are routed")
                : parcels.Queue(stage, page, pageSize);
}
