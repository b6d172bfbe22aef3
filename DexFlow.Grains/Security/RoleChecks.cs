using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Security;

namespace DexFlow.Grains.Security;

public static class RoleChecks
{
    /// <summary>Throws <see cref="ForbiddenException"/> unless the caller has one of the roles.</summary>
    public static void EnsureRole(this Caller caller, Roles roles, string action)
    {
        if (!caller.Has(roles))
        {
            throw new ForbiddenException(action, $"only {string.Join(", ", RoleNames.Names(roles))} may");
        }
    }
}
