using System.Collections.Immutable;
using DexFlow.Contracts.Security;

namespace DexFlow.Contracts.Quality;

/// <summary>The QA checklist as versioned data: administrators publish, QA, managers, administrators and auditors read. Stateless; use key 0.</summary>
[Alias("dexflow.qa-checklists")]
public interface IQaChecklistGrain : IGrainWithIntegerKey
{
    [Alias("current")]
    Task<QaChecklistVersion> Current(Caller caller);

    [Alias("version")]
    Task<QaChecklistVersion> Version(Caller caller, int version);

    /// <summary>Every version, newest first, without the checklists themselves.</summary>
    [Alias("history")]
    Task<ImmutableArray<QaChecklistVersion>> History(Caller caller);

    /// <summary>Checks the checklist and publishes it as the next version; reviews made earlier keep the version they used.</summary>
    [Alias("publish")]
    Task<QaChecklistVersion> Publish(Caller caller, QaChecklist checklist, string comment);
}
