namespace DexFlow.Contracts.Security;

/// <summary>Converts between the <see cref="Roles"/> flags and the role names carried in tokens.</summary>
public static class RoleNames
{
    public static IReadOnlyList<Roles> All { get; } =
        Enum.GetValues<Roles>().Where(role => role != Roles.None).ToArray();

    public static IEnumerable<string> Names(Roles roles) =>
        All.Where(role => roles.HasFlag(role)).Select(role => role.ToString());

    /// <summary>Parses role names case-insensitively; names that are no DexFlow role are ignored.</summary>
    public static Roles Parse(IEnumerable<string> names)
    {
        var roles = Roles.None;
        foreach (var name in names)
        {
            if (Enum.TryParse<Roles>(name, ignoreCase: true, out var role) && All.Contains(role))
            {
                roles |= role;
            }
        }

        return roles;
    }
}
