namespace DexFlow.Web.Api;

/// <summary>The audit trail across orders, parcels, documents, sign-ins and configuration.</summary>
public sealed partial class DexFlowClient
{
    public Task<AuditTrailPage> AuditTrail(string? actor, string? objectType, string? objectId, int page, int pageSize, CancellationToken cancellationToken = default) =>
        Get<AuditTrailPage>(Query("api/audit", ("actor", actor), ("objectType", objectType), ("object", objectId),
            ("page", page.ToString()), ("pageSize", pageSize.ToString())), cancellationToken);
}
