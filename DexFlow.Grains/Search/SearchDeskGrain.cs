using DexFlow.Contracts.Search;
using DexFlow.Contracts.Security;
using Orleans.Concurrency;

namespace DexFlow.Grains.Search;

/// <summary>Answers searches from the read models.</summary>
// Holds no state: searches run side by side.
[StatelessWorker, Reentrant]
public sealed class SearchDeskGrain(SearchQueries queries) : Grain, ISearchDeskGrain
{
    public Task<SearchPage> Search(Caller caller, SearchQuery query) => queries.Search(caller, query);
}
