namespace DexFlow.Web.Api;

// Mirrors of the API's search (DexFlow.Contracts.Search).

/// <summary>A piece of a snippet; <see cref="Match"/> marks words the query matched.</summary>
public sealed record SnippetPart(string Text, bool Match);

/// <summary>An order or a document that matched, best first, with a snippet of where.</summary>
public sealed record SearchHit(string Kind, string Id, string Title, string? OrderNumber, DocumentType? DocumentType, DateTimeOffset At,
    double Rank, IReadOnlyList<SnippetPart> Snippet);

public sealed record SearchResults(IReadOnlyList<SearchHit> Items, int Page, int PageSize, bool More);
