using DexFlow.Contracts.Security;

namespace DexFlow.Contracts.Audit;

/// <summary>The audit trail across orders, parcels, documents, sign-ins and configuration, for administrators and auditors.</summary>
[Alias("dexflow.audit-desk")]
public interface IAuditDeskGrain : IGrainWithIntegerKey
{
    [Alias("query")]
    Task<AuditPage> Query(Caller caller, AuditQuery query);

    /// <summary>Records reads of documents; returns once they are stored (reads from the whole silo are written together).</summary>
    [Alias("record-reads")]
    Task RecordReads(IReadOnlyList<DocumentRead> reads);
}
