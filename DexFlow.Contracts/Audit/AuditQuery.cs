namespace DexFlow.Contracts.Audit;

/// <summary>
/// Which audited events to list, newest first: by actor (id or name), action, object type (Order, Parcel, Document,
/// SignIn, User, Customer, PriceList, RoutingRules, QaChecklist, CompanyProfile) and id, and time (from included, to excluded).
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.audit-query")]
public sealed record AuditQuery(
    [property: Id(0)] string? Actor,
    [property: Id(1)] string? Action,
    [property: Id(2)] string? ObjectType,
    [property: Id(3)] string? ObjectId,
    [property: Id(4)] DateTimeOffset? From,
    [property: Id(5)] DateTimeOffset? To,
    [property: Id(6)] int Page,
    [property: Id(7)] int PageSize);
