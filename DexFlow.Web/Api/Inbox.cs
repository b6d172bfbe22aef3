namespace DexFlow.Web.Api;

/// <summary>One thing waiting for the caller (Contracts' <c>InboxItem</c>); <see cref="Overdue"/> names a wait past its deadline.</summary>
public sealed record InboxItem(
    string Kind,
    string Reference,
    string Task,
    OrderStage? Stage,
    string? CustomerName,
    string? Title,
    DateOnly? DueDate,
    DateTimeOffset Since,
    string? Overdue = null);

public sealed record InboxPage(IReadOnlyList<InboxItem> Items, int Page, int PageSize, long Total);
