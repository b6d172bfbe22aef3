namespace DexFlow.Web.Api;

// Mirrors of the API's audit trail (DexFlow.Contracts.Audit).

/// <summary>One audited event: when, who, what was done to which object, and the details recorded with it.</summary>
public sealed record AuditRecord(DateTimeOffset At, string ActorId, string ActorName, string ObjectType, string ObjectId, string Action, string? Details);

/// <summary>Newest first; <see cref="More"/> says whether an older page follows.</summary>
public sealed record AuditTrailPage(IReadOnlyList<AuditRecord> Items, int Page, int PageSize, bool More);
