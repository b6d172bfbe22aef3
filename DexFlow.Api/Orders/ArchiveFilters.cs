using DexFlow.Contracts.Orders;

namespace DexFlow.Api.Orders;

/// <summary>The archive search's query parameters on the order list.</summary>
public sealed record ArchiveFilters(
    OrderStage[]? Stages,
    DateOnly? CreatedFrom,
    DateOnly? CreatedTo,
    DateOnly? DueFrom,
    DateOnly? DueTo,
    DateOnly? CompletedFrom,
    DateOnly? CompletedTo,
    DateOnly? ArchivedFrom,
    DateOnly? ArchivedTo,
    decimal? MinAmount,
    decimal? MaxAmount)
{
    public OrderQuery Apply(OrderQuery query) => query with
    {
        Stages = Stages is null ? [] : [.. Stages.Distinct()],
        Created = new DayRange(CreatedFrom, CreatedTo),
        Due = new DayRange(DueFrom, DueTo),
        Completed = new DayRange(CompletedFrom, CompletedTo),
        ArchivedOn = new DayRange(ArchivedFrom, ArchivedTo),
        MinAmount = MinAmount,
        MaxAmount = MaxAmount,
    };
}
