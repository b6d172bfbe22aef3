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
}
