namespace DexFlow.Contracts.Search;

/// <summary>What to search for (words, matched by their beginning for orders and by their stem for documents), where, and which page.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.search-query")]
public sealed record SearchQuery(
    [property: Id(0)] string Text,
    [property: Id(1)] SearchScope Scope,
    [property: Id(2)] int Page,
    [property: Id(3)] int PageSize);

[GenerateSerializer]
public enum SearchScope
{
    All,
    Orders,
    Documents,
}
