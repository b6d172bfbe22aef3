using System.Collections.Immutable;

namespace DexFlow.Contracts.Customers;

/// <summary>
/// Customers whose name, number, VAT id or a contact's name or e-mail contains <see cref="Text"/>, served by
/// <see cref="ManagerId"/> when given; by name.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.customer-query")]
public sealed record CustomerQuery(
    [property: Id(0)] string? Text,
    [property: Id(1)] string? ManagerId,
    [property: Id(2)] int Page,
    [property: Id(3)] int PageSize);

[GenerateSerializer, Immutable, Alias("dexflow.customer-page")]
public sealed record CustomerPage(
    [property: Id(0)] ImmutableArray<CustomerView> Items,
    [property: Id(1)] int Page,
    [property: Id(2)] int PageSize,
    [property: Id(3)] long Total);
