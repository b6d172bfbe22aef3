namespace DexFlow.Contracts.Orders.Views;

/// <summary>
/// Something that waits for the caller: what it is, what is expected of them, and since when; <see cref="Overdue"/>
/// names the wait that has run past its deadline.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.inbox-item")]
public sealed record InboxItem(
    [property: Id(0)] string Kind,
    [property: Id(1)] string Reference,
    [property: Id(2)] string Task,
    [property: Id(3)] OrderStage? Stage,
    [property: Id(4)] string? CustomerName,
    [property: Id(5)] string? Title,
    [property: Id(6)] DateOnly? DueDate,
    [property: Id(7)] DateTimeOffset Since,
    [property: Id(8)] string? Overdue = null);
