namespace DexFlow.Grains.Security;

/// <summary>
/// The groups an order's fields fall into. Roles are given groups, never single fields, so a new field is placed in a
/// group and inherits the right audience.
/// </summary>
public enum OrderFieldGroup
{
    Specification,
    CustomerAndBilling,
    Pricing,
    Invoicing,
    Review,
    Qa,
    Schedule,
    Audit,

    /// <summary>
    /// Who the order is for and who manages it: the customer's name and the manager's id and name, wherever they appear
    /// (views, lists, inboxes, search, the audit trail). The shop floor and QA work on the job, not the customer.
    /// </summary>
    Parties,
}
