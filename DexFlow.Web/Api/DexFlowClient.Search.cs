namespace DexFlow.Web.Api;

/// <summary>
/// The search box's sources, one method each: orders now (the order list's text filter, which covers number, title,
/// product, and the customer's and manager's names where the caller sees them); documents join when the search API
/// (issue 14) lands, as a method of their own beside this one.
/// </summary>
public sealed partial class DexFlowClient
{
    /// <summary>The orders the caller may see that match <paramref name="query"/>, most recently changed first.</summary>
    public Task<OrderPage> SearchOrders(string query, int page, int pageSize, CancellationToken cancellationToken = default) =>
        Get<OrderPage>(Query("api/orders", ("text", query), ("page", page.ToString()), ("pageSize", pageSize.ToString())), cancellationToken);
}
