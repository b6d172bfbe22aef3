namespace DexFlow.Contracts.Orders;

/// <summary>Everything that can happen to an order; the state machine decides who may do which, from which stage.</summary>
[GenerateSerializer]
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
    /// <summary>Retired: production now starts with the first process an operator starts (kept for earlier audit entries).</summary>
    StartProduction,

    /// <summary>Retired: an order now completes with its last process (kept for earlier audit entries).</summary>
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

    /// <summary>A person attaches a file (artwork, a paper description, correspondence) to the order.</summary>
    AttachFile,
}
