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
    StartProduction,
    Complete,
    Archive,
    Cancel,
    AttachDocument,
}
