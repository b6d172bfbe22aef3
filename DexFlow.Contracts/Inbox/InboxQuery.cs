namespace DexFlow.Contracts.Inbox;

/// <summary>A page of the caller's inbox, newest first unless <see cref="OldestFirst"/>; <see cref="Filter"/> narrows it to one kind.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.inbox-query")]
public sealed record InboxQuery(
    [property: Id(0)] InboxFilter? Filter,
    [property: Id(1)] bool OldestFirst,
    [property: Id(2)] int Page,
    [property: Id(3)] int PageSize);
