using DexFlow.Contracts.Audit;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Security;
using Orleans.Concurrency;

namespace DexFlow.Grains.AuditTrail;

/// <summary>The audit trail across everything audited, for administrators and auditors; and the recorder of document reads.</summary>
// Holds no state: queries and recordings run side by side.
[StatelessWorker, Reentrant]
public sealed class AuditDeskGrain(AuditQueries queries, DocumentReadLog readLog) : Grain, IAuditDeskGrain
{
    public const Roles Readers = Roles.Administrator | Roles.Auditor;

    public Task<AuditPage> Query(Caller caller, AuditQuery query)
    {
        caller.EnsureRole(Readers, "read the audit trail");
        return queries.Query(query);
    }

    public Task RecordReads(IReadOnlyList<DocumentRead> reads) => readLog.Record(reads);
}
