using System.Collections.Immutable;
using DexFlow.Contracts.Documents;

namespace DexFlow.Contracts.Search;

/// <summary>
/// An order or a document that matched, best first: its id (an order number or a document id), a title, the
/// order it belongs to, when it was last changed or received, how well it matched, and a snippet with the matched
/// words marked.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.search-hit")]
public sealed record SearchHit(
    [property: Id(0)] SearchHitKind Kind,
    [property: Id(1)] string Id,
    [property: Id(2)] string Title,
    [property: Id(3)] string? OrderNumber,
    [property: Id(4)] DocumentType? DocumentType,
    [property: Id(5)] DateTimeOffset At,
    [property: Id(6)] double Rank,
    [property: Id(7)] ImmutableArray<SnippetPart> Snippet);

[GenerateSerializer]
public enum SearchHitKind
{
    Order,
    Document,
}

/// <summary>A piece of a snippet; <see cref="Match"/> marks the words the query matched.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.snippet-part")]
public sealed record SnippetPart(
    [property: Id(0)] string Text,
    [property: Id(1)] bool Match);

/// <summary>A page of hits; <see cref="More"/> tells whether another page follows.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.search-page")]
public sealed record SearchPage(
    [property: Id(0)] ImmutableArray<SearchHit> Items,
    [property: Id(1)] int Page,
    [property: Id(2)] int PageSize,
    [property: Id(3)] bool More);
