using System.Globalization;

namespace DexFlow.Web.Api;

/// <summary>The customer master: managers create and keep their customers, accountants their billing and terms.</summary>
public sealed partial class DexFlowClient
{
    public Task<CustomerList> Customers(string? text, int page, int pageSize, CancellationToken cancellationToken = default) =>
        Get<CustomerList>(Query("api/customers", ("text", string.IsNullOrWhiteSpace(text) ? null : text.Trim()),
            ("page", page.ToString(CultureInfo.InvariantCulture)), ("pageSize", pageSize.ToString(CultureInfo.InvariantCulture))), cancellationToken);

    public Task<Customer> CreateCustomer(CustomerDraft draft, CancellationToken cancellationToken = default) =>
        Send<Customer>(HttpMethod.Post, "api/customers", draft with { ManagerId = string.IsNullOrWhiteSpace(draft.ManagerId) ? null : draft.ManagerId }, cancellationToken);

    /// <summary>Replaces the customer as of <paramref name="version"/>; a change made meanwhile is refused (412).</summary>
    public Task<Customer> UpdateCustomer(string customerId, long version, CustomerDraft draft, CancellationToken cancellationToken = default) =>
        SendWith<Customer>(HttpMethod.Put, $"api/customers/{Uri.EscapeDataString(customerId)}", draft with { CustomerNumber = null }, [("If-Match", ETag(version))],
            cancellationToken);
}
