using DexFlow.Web.Api;

namespace DexFlow.Web.Pages.Intake;

/// <summary>
/// One upload of the session as the intake list shows it: the files sent, and either the parcel they made (followed
/// until it settles) or the problem the API refused them with. <see cref="Retrying"/>: the last question about the
/// parcel went unanswered, and it is asked again.
/// </summary>
public sealed record IntakeItem(string Key, IReadOnlyList<string> FileNames, ParcelView? Parcel, ApiProblem? Problem, bool Retrying = false)
{
    /// <summary>Still moving on its own: worth asking about again.</summary>
    public bool InProgress => Parcel?.Stage is ParcelStage.Received or ParcelStage.Splitting or ParcelStage.Indexing or ParcelStage.Routing;
}
