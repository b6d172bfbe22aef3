using System.Collections.Immutable;
using DexFlow.Contracts.Orders;

namespace DexFlow.Contracts.Quality;

/// <summary>What QA checks on an order before approving it; published in versions like the price list.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.qa-checklist")]
public sealed record QaChecklist([property: Id(0)] ImmutableArray<QaChecklistItem> Items);

/// <summary>
/// One check. A mandatory item must pass for QA to approve; <see cref="ProductTypes"/> are the products it applies to
/// (none: every product).
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.qa-checklist-item")]
public sealed record QaChecklistItem(
    [property: Id(0)] string Id,
    [property: Id(1)] string Text,
    [property: Id(2)] bool Mandatory,
    [property: Id(3)] ImmutableArray<ProductType> ProductTypes);

/// <summary>A published version of the checklist: who published it, when and why.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.qa-checklist-version")]
public sealed record QaChecklistVersion(
    [property: Id(0)] int Version,
    [property: Id(1)] QaChecklist? Checklist,
    [property: Id(2)] string PublishedBy,
    [property: Id(3)] DateTimeOffset PublishedAt,
    [property: Id(4)] string Comment);

/// <summary>QA's result for one item of the checklist, with a note (what was wrong, what was measured).</summary>
[GenerateSerializer, Immutable, Alias("dexflow.checklist-result")]
public sealed record ChecklistResult(
    [property: Id(0)] string ItemId,
    [property: Id(1)] bool Passed,
    [property: Id(2)] string? Note);
