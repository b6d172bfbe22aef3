namespace DexFlow.Web.Api;

// Mirrors of DexFlow.Contracts' QA checklist, as QA answers it on the order page.

public sealed record QaChecklistVersion(int Version, QaChecklist? Checklist, string PublishedBy, DateTimeOffset PublishedAt, string Comment);

public sealed record QaChecklist(IReadOnlyList<QaChecklistItem> Items);

/// <summary>One check; <see cref="ProductTypes"/> are the products it applies to (none: every product).</summary>
public sealed record QaChecklistItem(string Id, string Text, bool Mandatory, IReadOnlyList<string>? ProductTypes)
{
    public bool AppliesTo(string? product) => ProductTypes is not { Count: > 0 } || (product is not null && ProductTypes.Contains(product));
}

/// <summary>QA's result for one item, with what was seen or measured.</summary>
public sealed record ChecklistAnswer(string ItemId, bool Passed, string? Note);
