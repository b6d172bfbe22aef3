namespace DexFlow.Grains.Parcels;

/// <summary>What can happen to a parcel (domain.md §3); <see cref="ParcelStateMachine"/> says from where, to where, and who.</summary>
public enum ParcelAction
{
    Receive,
    Start,
    Split,
    Index,

    /// <summary>Routing placed every document.</summary>
    Route,

    /// <summary>Routing sent a document to manual indexing: the parcel waits for a clerk (its history still says Route).</summary>
    RouteToClerk,

    Correct,
    Reroute,

    /// <summary>A step failed and will be tried again by the reminder; the parcel stays where it is.</summary>
    FailAttempt,

    /// <summary>A step failed for good, or too often: the parcel waits, failed, for a clerk's retry.</summary>
    Fail,

    Retry,
}
