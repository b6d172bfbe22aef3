using DexFlow.Contracts.Parcels;
using DexFlow.Contracts.Security;

namespace DexFlow.Grains.Security;

/// <summary>
/// Who may deliver, see and work on parcels (domain.md §1): clerks see parcels until they are routed and index them by
/// hand; administrators and auditors see all of them; whoever submitted a parcel may follow it. Auditors change nothing.
/// </summary>
public static class ParcelAccessPolicy
{
    private const Roles Submitters = Roles.Manager | Roles.Accountant | Roles.QA | Roles.Planner | Roles.Operator | Roles.Clerk | Roles.Administrator;
    private const Roles Indexers = Roles.Clerk | Roles.Administrator;

    public static bool MayDeliver(Caller caller) => caller.IsSystem || caller.Has(Submitters);

    public static bool CanSee(Caller caller, ParcelStage stage, string? submittedBy) =>
        caller.IsSystem
        || caller.Has(Roles.Administrator | Roles.Auditor)
        || (caller.Has(Roles.Clerk) && stage != ParcelStage.Routed)
        || (submittedBy is not null && caller.UserId == submittedBy);

    /// <summary>Corrections (manual indexing) and retries are the clerks' and administrators' work.</summary>
    public static bool MayIndex(Caller caller) => caller.Has(Indexers);

    /// <summary>The queue of parcels waiting for people: clerks, administrators and auditors see it.</summary>
    public static bool SeesQueue(Caller caller) => caller.Has(Indexers | Roles.Auditor);
}
