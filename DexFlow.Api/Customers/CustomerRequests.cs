namespace DexFlow.Api.Customers;

/// <summary>A contact person at the customer; the first one is who order forms name unless they name another.</summary>
public sealed record CustomerContactBody(string? Name, string? Email, string? Phone, string? Role);

/// <summary>
/// A customer as it should be. Payment terms in days (none: the shop's default) and the credit limit are set by
/// accountants and administrators; <c>managerId</c> (the manager who serves the customer) by administrators, and it
/// defaults to the manager who creates the customer.
/// </summary>
public sealed record CustomerMasterRequest(
    string? CustomerNumber,
    string? Name,
    string? BillingAddress,
    string? VatId,
    CustomerContactBody[]? Contacts,
    int? PaymentTermsDays,
    decimal? CreditLimit,
    string? ManagerId,
    string? Notes);

/// <summary>A customer as the API answers them.</summary>
public sealed record CustomerMasterResponse(
    string CustomerId,
    string CustomerNumber,
    string Name,
    string? BillingAddress,
    string? VatId,
    CustomerContactBody[] Contacts,
    int? PaymentTermsDays,
    decimal? CreditLimit,
    string ManagerId,
    string? ManagerName,
    string? Notes,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt,
    long Version);

public sealed record CustomerMasterListResponse(CustomerMasterResponse[] Items, int Page, int PageSize, long Total);
