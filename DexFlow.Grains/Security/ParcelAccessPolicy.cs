using DexFlow.Contracts.Parcels;
using DexFlow.Contracts.Security;

namespace DexFlow.Grains.Security;

/// <summary>
/// Who may see parcels (domain.md §1): clerks see parcels until they are routed; administrators and auditors see all
/// of them; whoever submitted a parcel may follow it (who may act on one is the table of
/// <see cref="Parcels.ParcelStateMachine"/>). A routed document is also open to whoever it was routed to: the role
/// whose inbox holds it, the clerks of the exception queue, and the readers of the order it went to (as
/// <see cref="DocumentAccessPolicy"/> decides there).
/// </summary>
public static class ParcelAccessPolicy
{
    /// <summary>Document services: the clerks, and administrators, who index parcels and place documents by hand.</summary>
    public const Roles DocumentServices = Roles.Clerk | Roles.Administrator;

    public static bool CanSee(Caller caller, ParcelStage stage, string? submittedBy) =>
        caller.IsSystem
        || caller.Has(Roles.Administrator | Roles.Auditor)
        || (caller.Has(Roles.Clerk) && stage != ParcelStage.Routed)
        || (submittedBy is not null && caller.UserId == submittedBy);

    /// <summary>Who may open one of the parcel's documents, its content and its pages, given where routing put it.</summary>
    public static DocumentReach ReachOf(Caller caller, ParcelStage stage, string? submittedBy, RouteView? route) =>
        CanSee(caller, stage, submittedBy)
            ? DocumentReach.Open
            : route switch
            {
                { Kind: RouteKind.Inbox, Role: { } role } when Enum.TryParse<Roles>(role, out var inbox) && inbox != Roles.None && caller.Has(inbox) => DocumentReach.Open,
                { Kind: RouteKind.Exception } when caller.Has(Roles.Clerk) => DocumentReach.Open,
                { Kind: RouteKind.AttachToOrder or RouteKind.NewOrderDraft, OrderNumber: not null } => DocumentReach.IfTheOrderShowsIt,
                _ => DocumentReach.Closed,
            };

    /// <summary>
    /// Whether documents delivered by <paramref name="deliverer"/> are routed with the shop's full reach. Capture
    /// points that document services configured deliver as DexFlow itself; clerks and administrators are document
    /// services. Anyone else's upload may only reach orders that person may see.
    /// </summary>
    public static bool RoutesWithFullReach(Caller deliverer) => deliverer.IsSystem || deliverer.Has(DocumentServices);

    /// <summary>
    /// Whose reach limits where a parcel's documents may be routed; null for the full reach. A parcel stored before
    /// reach was recorded and uploaded by a user is limited to a caller without roles: a clerk places its documents.
    /// </summary>
    public static Caller? ReachLimitedTo(bool fullReach, Caller? submitter, string? submittedBy) =>
        fullReach || submittedBy is null ? null : submitter ?? new Caller(submittedBy, submittedBy, Roles.None);

    /// <summary>The queue of parcels waiting for people: clerks, administrators and auditors see it.</summary>
    public static bool SeesQueue(Caller caller) => caller.Has(DocumentServices | Roles.Auditor);
}

/// <summary>How far a caller reaches to one routed document.</summary>
public enum DocumentReach
{
    Closed,
    Open,

    /// <summary>Open when the order the document went to lets the caller see it (its stage, its manager, the document's type).</summary>
    IfTheOrderShowsIt,
}
