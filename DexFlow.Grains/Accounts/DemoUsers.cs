using DexFlow.Contracts.Security;
using DexFlow.Grains.Planning;

namespace DexFlow.Grains.Accounts;

/// <summary>One account per role for development and demonstrations; never seeded outside them.</summary>
public static class DemoUsers
{
    public const string Password = "dexflow-demo";

    public sealed record DemoUser(string UserName, string DisplayName, Roles Roles)
    {
        public IReadOnlyList<string> Resources { get; init; } = [];
    }

    public static IReadOnlyList<DemoUser> All { get; } =
    [
        new("manager", "Mia Manager", Roles.Manager),
        new("manager2", "Max Manager", Roles.Manager),
        new("accountant", "Alex Accountant", Roles.Accountant),
        new("qa", "Quinn Inspector", Roles.QA),
        new("planner", "Pat Planner", Roles.Planner),
        // One operator for the whole demo shop floor: they work on every demo resource.
        new("operator", "Oli Operator", Roles.Operator) { Resources = [.. DemoResources.All.Select(resource => resource.Id)] },
        new("clerk", "Cleo Clerk", Roles.Clerk),
        new("admin", "Ada Administrator", Roles.Administrator),
        new("auditor", "Aud Auditor", Roles.Auditor),
    ];

    public static async Task Seed(UserAccounts accounts, CancellationToken cancellationToken = default)
    {
        foreach (var user in All)
        {
            await accounts.CreateIfMissing(user.UserName, user.DisplayName, user.Roles, Password, user.Resources, cancellationToken);
        }
    }
}
