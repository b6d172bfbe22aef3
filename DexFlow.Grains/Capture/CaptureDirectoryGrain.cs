using System.Collections.Immutable;
using DexFlow.Contracts.Capture;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Security;
using Orleans.Concurrency;

namespace DexFlow.Grains.Capture;

// Holds no state: its calls wait on the store side by side, not one after another.
[StatelessWorker, Reentrant]
public sealed class CaptureDirectoryGrain(CaptureDirectory directory) : Grain, ICaptureDirectoryGrain
{
    public Task<ImmutableArray<CapturePointView>> List(Caller caller) =>
        caller.Has(Roles.Administrator | Roles.Clerk | Roles.Auditor)
            ? directory.List()
            : throw new ForbiddenException("see capture points", "only administrators, clerks and auditors see them");
}
