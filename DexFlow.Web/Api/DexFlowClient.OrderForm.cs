namespace DexFlow.Web.Api;

/// <summary>The manager's order form: the price list for its pickers, the live estimate, creating and editing a draft.</summary>
public sealed partial class DexFlowClient
{
    /// <summary>Prices a specification with the list in force; nothing is stored.</summary>
    public Task<Estimate> Estimate(SpecificationRequest specification, CancellationToken cancellationToken = default) =>
        Send<Estimate>(HttpMethod.Post, "api/pricing/estimate", new EstimateRequest(specification), cancellationToken);

    /// <summary>
    /// Creates a draft. The same <paramref name="idempotencyKey"/> with the same form returns the order the first request
    /// made, so a double click or a retry after a lost answer makes one order.
    /// </summary>
    public Task<OrderView> CreateOrder(CreateOrderRequest request, string idempotencyKey, CancellationToken cancellationToken = default) =>
        SendWith<OrderView>(HttpMethod.Post, "api/orders", request, [("Idempotency-Key", idempotencyKey)], cancellationToken);

    /// <summary>
    /// Replaces the form of a draft (or an order sent back for adjustments) read at <paramref name="version"/>; a 412 means
    /// someone changed it since.
    /// </summary>
    public Task<OrderView> EditOrder(string number, OrderFormRequest form, long version, CancellationToken cancellationToken = default) =>
        SendWith<OrderView>(HttpMethod.Put, $"api/orders/{Uri.EscapeDataString(number)}", form,
            [("If-Match", ETag(version))], cancellationToken);
}
