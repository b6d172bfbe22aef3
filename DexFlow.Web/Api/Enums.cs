namespace DexFlow.Web.Api;

// Mirrors of DexFlow.Contracts' enums, sent as their names (the API's JSON uses string enums). The app keeps its own
// copies rather than referencing DexFlow.Contracts, which would bring Orleans into the browser download.

public enum OrderStage
{
    Draft,
    Submitted,
    Processing,
    InReview,
    AdjustmentsRequired,
    Approved,
    Scheduled,
    InProduction,
    Completed,
    Archived,
    Cancelled,
}

public enum OrderAction
{
    Create,
    Edit,
    Submit,
    StartProcessing,
    FinishProcessing,
    RetryProcessing,
    ApproveAccounting,
    RejectAccounting,
    ApproveQa,
    RejectQa,
    Schedule,
    StartProduction,
    Complete,
    Archive,
    Cancel,
    AttachDocument,
    IssueInvoice,
    RecordPayment,
    IssueCreditNote,
    StartProcess,
    FinishProcess,
    FlagDeadline,
    AttachFile,

    /// <summary>An action this version of the app does not know (the server is newer): shown by name nowhere, offered never.</summary>
    Unknown = -1,
}

public enum ReviewOutcome
{
    Pending,
    Approved,
    Rejected,
}

public enum InboxFilter
{
    OrderTask,
    Document,
    Exception,
    Overdue,
}
