using System.Collections.Immutable;
using DexFlow.Contracts.Orders.Views;

namespace DexFlow.Contracts.Inbox;

/// <summary>One page of the inbox and how many items wait in all (with the filter applied).</summary>
[GenerateSerializer, Immutable, Alias("dexflow.inbox-page")]
public sealed record InboxPage(
    [property: Id(0)] ImmutableArray<InboxItem> Items,
    [property: Id(1)] int Page,
    [property: Id(2)] int PageSize,
    [property: Id(3)] long Total);
