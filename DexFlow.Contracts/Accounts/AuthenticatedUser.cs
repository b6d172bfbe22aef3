using DexFlow.Contracts.Security;

namespace DexFlow.Contracts.Accounts;

[GenerateSerializer, Immutable, Alias("dexflow.authenticated-user")]
public sealed record AuthenticatedUser(
    [property: Id(0)] string UserId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] Roles Roles);
