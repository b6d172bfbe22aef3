namespace DexFlow.Web.Auth;

/// <summary>One entry of the navigation, shown to users holding any of its roles (none: everyone).</summary>
public sealed record NavigationEntry(string Href, string TextKey, string Icon, params string[] Roles);

/// <summary>
/// What the navigation offers each role (domain.md §1). It only hides what a role has no use for; what a user may see
/// is decided by the API on every call.
/// </summary>
public static class Navigation
{
    public static IReadOnlyList<NavigationEntry> All { get; } =
    [
        new("", "NavInbox", MudBlazor.Icons.Material.Filled.Inbox),
        new("orders", "NavOrders", MudBlazor.Icons.Material.Filled.ListAlt,
            "Manager", "Accountant", "QA", "Planner", "Administrator", "Auditor"),
        new("orders/new", "NavNewOrder", MudBlazor.Icons.Material.Filled.AddBox, "Manager"),
        new("customers", "NavCustomers", MudBlazor.Icons.Material.Filled.Contacts, "Manager", "Accountant", "Administrator", "Auditor"),
        new("planning", "NavPlanning", MudBlazor.Icons.Material.Filled.ViewTimeline, "Planner", "Administrator", "Auditor"),
        new("floor", "NavFloor", MudBlazor.Icons.Material.Filled.PrecisionManufacturing, "Operator"),
        new("intake", "NavIntake", MudBlazor.Icons.Material.Filled.UploadFile, "Clerk", "Administrator"),
        new("parcels", "NavParcels", MudBlazor.Icons.Material.Filled.Inventory2, "Clerk", "Administrator", "Auditor"),
        new("indexing", "NavIndexing", MudBlazor.Icons.Material.Filled.EditNote, "Clerk", "Administrator"),
        // Configuration and audit: administrators change it, auditors read it (the pages offer no changes to them).
        new("admin/rules", "NavRules", MudBlazor.Icons.Material.Filled.AltRoute, "Administrator", "Auditor"),
        new("admin/price-list", "NavPriceList", MudBlazor.Icons.Material.Filled.PriceChange, "Administrator", "Auditor"),
        new("admin/company", "NavCompany", MudBlazor.Icons.Material.Filled.Business, "Administrator", "Auditor"),
        new("admin/users", "NavUsers", MudBlazor.Icons.Material.Filled.People, "Administrator", "Auditor"),
        new("admin/resources", "NavResources", MudBlazor.Icons.Material.Filled.PrecisionManufacturing, "Administrator", "Auditor"),
        new("admin/capture-points", "NavCapturePoints", MudBlazor.Icons.Material.Filled.MoveToInbox, "Administrator", "Auditor"),
        new("admin/webhooks", "NavWebhooks", MudBlazor.Icons.Material.Filled.Webhook, "Administrator", "Auditor"),
        new("reports", "NavReports", MudBlazor.Icons.Material.Filled.Insights, "Accountant", "Administrator", "Auditor"),
        new("audit", "NavAudit", MudBlazor.Icons.Material.Filled.FactCheck, "Administrator", "Auditor"),
        new("settings/notifications", "NavNotifications", MudBlazor.Icons.Material.Filled.NotificationsActive),
    ];

    /// <summary>
    /// Who gets the search box: every role that may list orders (operators too: their scheduled and running jobs), and
    /// clerks, who find the documents they handle.
    /// </summary>
    public static IReadOnlyList<string> SearchRoles { get; } = ["Manager", "Accountant", "QA", "Planner", "Operator", "Clerk", "Administrator", "Auditor"];

    public static IEnumerable<NavigationEntry> For(IReadOnlyCollection<string> roles) =>
        All.Where(entry => entry.Roles.Length == 0 || HasAny(roles, entry.Roles));

    public static bool CanSearch(IReadOnlyCollection<string> roles) => HasAny(roles, SearchRoles);

    private static bool HasAny(IReadOnlyCollection<string> roles, IReadOnlyCollection<string> wanted) =>
        wanted.Any(role => roles.Contains(role, StringComparer.OrdinalIgnoreCase));
}
