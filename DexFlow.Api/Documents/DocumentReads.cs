using DexFlow.Api.Auth;
using DexFlow.Contracts.Audit;

namespace DexFlow.Api.Documents;

/// <summary>Records that the caller read a document, or a part of it, for the audit trail: who, what, when, from which address.</summary>
public static class DocumentReads
{
    public static Task Record(HttpContext http, IGrainFactory grains, string documentId, string part)
    {
        var caller = http.User.ToCaller();
        var read = new DocumentRead(DateTimeOffset.UtcNow, caller.UserId, caller.DisplayName,
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown", documentId, part);
        return grains.GetGrain<IAuditDeskGrain>(0).RecordReads([read]);
    }
}
