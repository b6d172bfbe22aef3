using System.Collections.Immutable;
using DexFlow.Contracts.Security;

namespace DexFlow.Contracts.Accounts;

/// <summary>
/// A user as administrators see them. <see cref="Version"/> changes with every change (the ETag of an update);
/// <see cref="Resources"/> are the resources an operator works on, whose orders they see.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.user-view")]
public sealed record UserView(
    [property: Id(0)] string UserId,
    [property: Id(1)] string UserName,
    [property: Id(2)] string DisplayName,
    [property: Id(3)] string? Email,
    [property: Id(4)] Roles Roles,
    [property: Id(5)] ImmutableArray<string> Resources,
    [property: Id(6)] string? Language,
    [property: Id(7)] bool Active,
    [property: Id(8)] DateTimeOffset CreatedAt,
    [property: Id(9)] DateTimeOffset? UpdatedAt,
    [property: Id(10)] long Version);

/// <summary>What an administrator sets on a user besides the name, the password and whether the account is active.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.user-details")]
public sealed record UserDetails(
    [property: Id(0)] string DisplayName,
    [property: Id(1)] string? Email,
    [property: Id(2)] Roles Roles,
    [property: Id(3)] ImmutableArray<string> Resources,
    [property: Id(4)] string? Language);

/// <summary>A new built-in account with its first password.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.new-user")]
public sealed record NewUser(
    [property: Id(0)] string UserName,
    [property: Id(1)] UserDetails Details,
    [property: Id(2)] string Password);
