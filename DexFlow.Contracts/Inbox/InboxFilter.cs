namespace DexFlow.Contracts.Inbox;

/// <summary>Which of the inbox's items to list.</summary>
[GenerateSerializer]
public enum InboxFilter
{
    /// <summary>Orders that wait for the caller to act.</summary>
    OrderTask,

    /// <summary>Documents routed to the inbox of one of the caller's roles.</summary>
    Document,

    /// <summary>Documents in the exception queue (clerks).</summary>
    Exception,

    /// <summary>Orders whose wait has run past its deadline.</summary>
    Overdue,
}
