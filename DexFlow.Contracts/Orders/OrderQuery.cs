using System.Collections.Immutable;

namespace DexFlow.Contracts.Orders;

/// <summary>
/// Filters for order lists; every filter is optional. <see cref="Archived"/> true lists only the archive. Date ranges
/// are days in the shop's time zone, both ends included; amounts are the estimate's net and match only orders whose
/// prices the caller sees.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.order-query")]
public sealed record OrderQuery(
    [property: Id(0)] OrderStage? Stage,
    [property: Id(1)] string? Customer,
    [property: Id(2)] string? Text,
    [property: Id(3)] bool? Archived,
    [property: Id(4)] int Page,
    [property: Id(5)] int PageSize)
{
    /// <summary>Any of these stages; empty for any stage.</summary>
    [Id(6)] public ImmutableArray<OrderStage> Stages { get; init; } = [];

    [Id(7)] public DayRange Created { get; init; } = DayRange.Any;

    [Id(8)] public DayRange Due { get; init; } = DayRange.Any;

    [Id(9)] public DayRange Completed { get; init; } = DayRange.Any;

    [Id(10)] public DayRange ArchivedOn { get; init; } = DayRange.Any;

    [Id(11)] public decimal? MinAmount { get; init; }

    [Id(12)] public decimal? MaxAmount { get; init; }
}

/// <summary>Days from <see cref="From"/> to <see cref="To"/>, both included; an open end is null.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.day-range")]
public sealed record DayRange(
    [property: Id(0)] DateOnly? From,
    [property: Id(1)] DateOnly? To)
{
    public static readonly DayRange Any = new(null, null);

    public bool IsAny => From is null && To is null;
}
