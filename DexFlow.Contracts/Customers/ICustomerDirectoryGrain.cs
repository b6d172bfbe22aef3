using DexFlow.Contracts.Security;

namespace DexFlow.Contracts.Customers;

/// <summary>
/// The customer master: managers, accountants, administrators and auditors read it; managers create customers and
/// edit the ones they serve, accountants edit billing and terms, administrators everything. Stateless; use key 0.
/// </summary>
[Alias("dexflow.customer-directory")]
public interface ICustomerDirectoryGrain : IGrainWithIntegerKey
{
    [Alias("list")]
    Task<CustomerPage> List(Caller caller, CustomerQuery query);

    [Alias("get")]
    Task<CustomerView> Get(Caller caller, string customerId);

    [Alias("create")]
    Task<CustomerView> Create(Caller caller, NewCustomer customer);

    /// <summary>Replaces the customer's profile; <paramref name="expectedVersion"/> is the version it was read at.</summary>
    [Alias("update")]
    Task<CustomerView> Update(Caller caller, string customerId, CustomerProfile profile, long expectedVersion);
}
