using System.Collections.Immutable;

namespace DexFlow.Contracts.Customers;

/// <summary>
/// A customer of the shop as the master keeps them. <see cref="Version"/> changes with every change (the ETag of an
/// update); <see cref="ManagerId"/> is the manager who serves them, to whom their new draft orders go.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.customer-view")]
public sealed record CustomerView(
    [property: Id(0)] string CustomerId,
    [property: Id(1)] string CustomerNumber,
    [property: Id(2)] CustomerProfile Profile,
    [property: Id(3)] string? ManagerName,
    [property: Id(4)] DateTimeOffset CreatedAt,
    [property: Id(5)] DateTimeOffset? UpdatedAt,
    [property: Id(6)] long Version);

/// <summary>
/// What the master holds about a customer. Billing is <see cref="BillingAddress"/> and <see cref="VatId"/>; terms are
/// <see cref="PaymentTermsDays"/> (null: the shop's default) and <see cref="CreditLimit"/> (null: none set).
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.customer-profile")]
public sealed record CustomerProfile(
    [property: Id(0)] string Name,
    [property: Id(1)] string? BillingAddress,
    [property: Id(2)] string? VatId,
    [property: Id(3)] ImmutableArray<CustomerContact> Contacts,
    [property: Id(4)] int? PaymentTermsDays,
    [property: Id(5)] decimal? CreditLimit,
    [property: Id(6)] string ManagerId,
    [property: Id(7)] string? Notes);

/// <summary>A contact person at the customer; the first one is who order forms name unless they name another.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.customer-contact")]
public sealed record CustomerContact(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Email,
    [property: Id(2)] string? Phone,
    [property: Id(3)] string? Role);

/// <summary>A new customer; without <see cref="CustomerNumber"/> the master numbers them (C-000001, ...).</summary>
[GenerateSerializer, Immutable, Alias("dexflow.new-customer")]
public sealed record NewCustomer(
    [property: Id(0)] string? CustomerNumber,
    [property: Id(1)] CustomerProfile Profile);

/// <summary>What a customer audit entry records.</summary>
[GenerateSerializer]
public enum CustomerAction
{
    Created,
    Updated,
}
