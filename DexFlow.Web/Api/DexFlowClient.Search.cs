namespace DexFlow.Web.Api;

/// <summary>
/// The search box's sources, one method each: orders (the order list's text filter, which covers number, title,
/// product, and the customer's and manager's names where the caller sees them) and documents (the search API, ranked,
/// with snippets).
/// </summary>
public sealed partial class DexFlowClient
{
    /// <summary>The orders the caller may see that match <paramref name="query"/>, most recently changed first.</summary>
    public Task<OrderPage> SearchOrders(string query, int page, int pageSize, CancellationToken cancellationToken = default) =>
        Get<OrderPage>(Query("api/orders", ("text", query), ("page", page.ToString()), ("pageSize", pageSize.ToString())), cancellationToken);

    /// <summary>The documents the caller may open that match <paramref name="query"/>, best match first.</summary>
    public Task<SearchResults> SearchDocuments(string query, int page, int pageSize, CancellationToken cancellationToken = default) =>
        Get<SearchResults>(Query("api/search", ("q", query), ("scope", "Documents"), ("page", page.ToString()), ("pageSize", pageSize.ToString())), cancellationToken);
}
