using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Security;

namespace DexFlow.Grains.Security;

/// <summary>
/// Which of an order's documents a caller sees (domain.md §1, §4): everyone who may see the order sees the documents
/// of their trade, the order's manager, administrators and auditors see all of them. A Planner's or QA's list never
/// holds a price sheet or an invoice.
/// </summary>
public static class DocumentAccessPolicy
{
    private static readonly Dictionary<DocumentType, Roles> Audience = new()
    {
        [DocumentType.OrderForm] = Roles.Accountant | Roles.QA,
        [DocumentType.WorkSheet] = Roles.Accountant | Roles.QA | Roles.Planner | Roles.Operator,
        [DocumentType.PriceSheet] = Roles.Accountant,
        [DocumentType.PriceList] = Roles.Accountant,
        [DocumentType.PaperDescription] = Roles.QA | Roles.Planner | Roles.Operator,
        [DocumentType.Artwork] = Roles.QA | Roles.Planner | Roles.Operator,
        [DocumentType.Invoice] = Roles.Accountant,
        [DocumentType.PrepaymentInvoice] = Roles.Accountant,
        [DocumentType.CreditNote] = Roles.Accountant,
        [DocumentType.QaReport] = Roles.QA | Roles.Accountant,
        [DocumentType.Correspondence] = Roles.Accountant | Roles.QA,
        [DocumentType.Other] = Roles.Accountant | Roles.QA,
    };

    public static bool CanSee(Caller caller, OrderAccessFacts order, DocumentType? type)
    {
        if (!OrderAccessPolicy.CanSee(caller, order))
        {
            return false;
        }

        return SeesEveryType(caller)
               || (caller.Has(Roles.Manager) && order.ManagerId == caller.UserId)
               || (type is { } known && caller.Has(Audience[known]))
               || (type is null && SeesUntyped(caller));
    }

    /// <summary>Administrators and auditors see every document of the orders they see.</summary>
    public static bool SeesEveryType(Caller caller) => caller.Has(Roles.Administrator | Roles.Auditor);

    /// <summary>A document of no known type is for Accounting and QA.</summary>
    public static bool SeesUntyped(Caller caller) => caller.Has(Roles.Accountant | Roles.QA);

    /// <summary>The types of the documents of a visible order the caller's roles see (besides their own orders').</summary>
    public static IEnumerable<DocumentType> TypesSeenBy(Caller caller) =>
        Audience.Where(entry => caller.Has(entry.Value)).Select(entry => entry.Key);
}
