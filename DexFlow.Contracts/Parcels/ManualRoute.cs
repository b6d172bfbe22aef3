namespace DexFlow.Contracts.Parcels;

/// <summary>
/// Where a clerk places a routed document by hand (from the exception queue, or to correct a route): exactly one of an
/// order to attach it to, a role whose inbox gets it, or a new draft order made from it.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.manual-route")]
public sealed record ManualRoute(
    [property: Id(0)] string? OrderNumber,
    [property: Id(1)] string? Role,
    [property: Id(2)] bool NewDraft,
    [property: Id(3)] string? Note);
