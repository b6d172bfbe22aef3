using DexFlow.Contracts.Security;

namespace DexFlow.Contracts.Search;

/// <summary>Full-text search over the orders and documents the caller may see: no hit reveals what they may not.</summary>
[Alias("dexflow.search-desk")]
public interface ISearchDeskGrain : IGrainWithIntegerKey
{
    [Alias("search")]
    Task<SearchPage> Search(Caller caller, SearchQuery query);
}
