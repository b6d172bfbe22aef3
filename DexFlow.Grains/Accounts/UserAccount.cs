using DexFlow.Contracts.Security;

namespace DexFlow.Grains.Accounts;

/// <summary>A built-in account. The password is kept only as the framework hasher's salted hash.</summary>
public sealed record UserAccount(string UserId, string UserName, string DisplayName, Roles Roles, string PasswordHash, bool Active);
