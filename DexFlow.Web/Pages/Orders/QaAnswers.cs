using DexFlow.Web.Api;

namespace DexFlow.Web.Pages.Orders;

/// <summary>QA's answers to the checklist on one order page, shared by the checklist panel and the review's buttons.</summary>
public sealed class QaAnswers
{
    private readonly Dictionary<string, (bool? Passed, string? Note)> _answers = [];

    public bool? Passed(string itemId) => _answers.GetValueOrDefault(itemId).Passed;

    public string? Note(string itemId) => _answers.GetValueOrDefault(itemId).Note;

    public void SetPassed(string itemId, bool? passed) => _answers[itemId] = (passed, Note(itemId));

    public void SetNote(string itemId, string? note) => _answers[itemId] = (Passed(itemId), note);

    /// <summary>The items answered, as the review sends them; unanswered items are left out.</summary>
    public IReadOnlyList<ChecklistAnswer> Results =>
        [.. _answers.Where(answer => answer.Value.Passed is not null)
            .Select(answer => new ChecklistAnswer(answer.Key, answer.Value.Passed!.Value, string.IsNullOrWhiteSpace(answer.Value.Note) ? null : answer.Value.Note.Trim()))];

    /// <summary>Whether an item failed: a rejection may rest on that alone.</summary>
    public bool AnyFailed => _answers.Values.Any(answer => answer.Passed == false);
}
