using System.Collections.Immutable;
using DexFlow.Contracts.Security;
using Orleans.Concurrency;

namespace DexFlow.Contracts.Parcels;

/// <summary>
/// One parcel, keyed by <see cref="ParcelIds.For"/>. It acknowledges a delivery once the delivery is durable, then
/// drives itself through splitting, indexing and routing, waiting for a clerk only when it is not confident, and
/// keeping a visible failure (retryable) when it cannot go on.
/// </summary>
[Alias("dexflow.parcel")]
public interface IParcelGrain : IGrainWithStringKey
{
    /// <summary>
    /// Takes the delivery and returns once it is durable. A repeated delivery (same capture point and key) returns the
    /// parcel the first one made. <paramref name="caller"/> is the submitting user, or <see cref="Caller.System"/> for
    /// capture points.
    /// </summary>
    [Alias("receive")]
    Task<ParcelView> Receive(Caller caller, Delivery delivery);

    [Alias("get"), AlwaysInterleave]
    Task<ParcelView> Get(Caller caller);

    /// <summary>A clerk's corrections to a parcel waiting in manual indexing; the parcel then goes on to routing.</summary>
    [Alias("correct")]
    Task<ParcelView> Correct(Caller caller, ImmutableArray<DocumentCorrection> corrections);

    /// <summary>Starts a failed parcel again from the step that failed.</summary>
    [Alias("retry")]
    Task<ParcelView> Retry(Caller caller);

    /// <summary>What the routing rules know about each of the parcel's documents (for dry runs).</summary>
    [Alias("routing-facts"), AlwaysInterleave]
    Task<ImmutableArray<Routing.RoutingFacts>> RoutingFacts(Caller caller);

    /// <summary>
    /// A clerk places a routed document by hand (<paramref name="route"/>); it leaves the exception queue. Placing it
    /// where it already is changes nothing.
    /// </summary>
    [Alias("reroute")]
    Task<ParcelView> Reroute(Caller caller, int index, ManualRoute route);

    [Alias("document"), AlwaysInterleave]
    Task<DocumentContent> Document(Caller caller, int index);

    /// <summary>The text of a document, page by page, as reading found it.</summary>
    [Alias("document-text"), AlwaysInterleave]
    Task<DocumentText> Text(Caller caller, int index);

    /// <summary>The words of a document with their boxes, page by page; pages read before words were kept are read again.</summary>
    [Alias("document-words"), AlwaysInterleave, ResponseTimeout("00:10:00")]
    Task<DocumentWords> Words(Caller caller, int index);

    /// <summary>Page <paramref name="page"/> (1-based) of a document as a PNG at most <paramref name="maxWidth"/> pixels wide.</summary>
    [Alias("page-image"), AlwaysInterleave, ResponseTimeout("00:05:00")]
    Task<byte[]> PageImage(Caller caller, int index, int page, int maxWidth);
}
