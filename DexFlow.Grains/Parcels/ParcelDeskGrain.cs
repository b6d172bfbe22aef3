using System.Collections.Immutable;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Parcels;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Security;
using Orleans.Concurrency;

namespace DexFlow.Grains.Parcels;

[StatelessWorker]
public sealed class ParcelDeskGrain(ParcelReadModel parcels) : Grain, IParcelDeskGrain
{
    private const int QueueLimit = 500;

    public Task<ImmutableArray<ParcelSummary>> Queue(Caller caller) =>
        ParcelAccessPolicy.SeesQueue(caller)
            ? parcels.Queue(QueueLimit)
            : throw new ForbiddenException("see the indexing queue", "only clerks, administrators and auditors see it");
}
