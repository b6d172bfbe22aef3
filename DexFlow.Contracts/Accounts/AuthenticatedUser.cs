using System.Collections.Immutable;
using DexFlow.Contracts.Security;

namespace DexFlow.Contracts.Accounts;

/// <summary>
/// A signed-in user as their tokens carry them. <see cref="SecurityVersion"/> is the user's security version when the
/// token was issued: a later change of roles, resources, password or active flag makes the token void.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.authenticated-user")]
public sealed record AuthenticatedUser(
    [property: Id(0)] string UserId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] Roles Roles)
{
    [Id(3)] public ImmutableArray<string> Resources { get; init; } = [];

    [Id(4)] public long SecurityVersion { get; init; }
}
