namespace DexFlow.Contracts.Parcels;

[GenerateSerializer]
public enum RouteKind
{
    AttachToOrder,
    NewOrderDraft,
    AccountingInbox,
    Exception,
}
