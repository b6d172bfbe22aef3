using DexFlow.Contracts.Quality;

namespace DexFlow.Api.Quality;

/// <summary>A new QA checklist and why it changes.</summary>
public sealed record PublishQaChecklistRequest(QaChecklist? Checklist, string? Comment);
