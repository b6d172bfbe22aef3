using System.Collections.Immutable;
using DexFlow.Contracts.Security;

namespace DexFlow.Contracts.Accounts;

/// <summary>Users whose name, display name or e-mail starts with <see cref="Text"/>, holding <see cref="Role"/>, active or not.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.user-query")]
public sealed record UserQuery(
    [property: Id(0)] string? Text,
    [property: Id(1)] Roles? Role,
    [property: Id(2)] bool? Active,
    [property: Id(3)] int Page,
    [property: Id(4)] int PageSize);

[GenerateSerializer, Immutable, Alias("dexflow.user-page")]
public sealed record UserPage(
    [property: Id(0)] ImmutableArray<UserView> Items,
    [property: Id(1)] int Page,
    [property: Id(2)] int PageSize,
    [property: Id(3)] long Total);
