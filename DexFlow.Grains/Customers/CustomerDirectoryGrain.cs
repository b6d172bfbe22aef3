using DexFlow.Contracts.Customers;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Accounts;
using DexFlow.Grains.Security;
using Orleans.Concurrency;

namespace DexFlow.Grains.Customers;

/// <summary>The customer master behind <c>/api/customers</c>: who may read and change what is <see cref="CustomerRules"/>.</summary>
// Holds no state: its calls wait on the store side by side, not one after another.
[StatelessWorker, Reentrant]
public sealed class CustomerDirectoryGrain(CustomerStore customers, UserAccounts users) : Grain, ICustomerDirectoryGrain
{
    public Task<CustomerPage> List(Caller caller, CustomerQuery query)
    {
        caller.EnsureRole(CustomerRules.Readers, "read customers");
        if (query.Text?.Length > 200)
        {
            throw ValidationException.For("text", "At most 200 characters.");
        }

        return customers.List(query);
    }

    public async Task<CustomerView> Get(Caller caller, string customerId)
    {
        caller.EnsureRole(CustomerRules.Readers, "read customers");
        return await customers.Get(customerId) ?? throw new NotFoundException("Customer", customerId);
    }

    public async Task<CustomerView> Create(Caller caller, NewCustomer customer)
    {
        var profile = CustomerRules.Normalized(customer.Profile);
        if (profile.ManagerId.Length == 0 && caller.Roles.HasFlag(Roles.Manager))
        {
            profile = profile with { ManagerId = caller.UserId };
        }

        var number = string.IsNullOrWhiteSpace(customer.CustomerNumber) ? null : customer.CustomerNumber.Trim();
        CustomerRules.EnsureMayCreate(caller, profile);
        CustomerRules.EnsureValid(number, profile);
        await EnsureManager(profile.ManagerId);
        return await customers.Add(new NewCustomer(number, profile), caller);
    }

    public async Task<CustomerView> Update(Caller caller, string customerId, CustomerProfile profile, long expectedVersion)
    {
        caller.EnsureRole(CustomerRules.Editors, "change customers");
        profile = CustomerRules.Normalized(profile);
        CustomerRules.EnsureValid(null, profile);
        var current = await customers.Get(customerId) ?? throw new NotFoundException("Customer", customerId);
        if (profile.ManagerId != current.Profile.ManagerId)
        {
            await EnsureManager(profile.ManagerId);
        }

        return await customers.Change(customerId, profile, caller, locked =>
        {
            if (locked.Version != expectedVersion)
            {
                throw new VersionConflictException(expectedVersion, locked.Version);
            }

            CustomerRules.EnsureMayChange(caller, locked, profile);
        });
    }

    /// <summary>A customer is served by an active manager: their new draft orders go to them.</summary>
    private async Task EnsureManager(string managerId)
    {
        if (await users.Get(managerId) is not { Active: true } user || !user.Roles.HasFlag(Roles.Manager))
        {
            throw ValidationException.For("managerId", $"No active manager '{managerId}'.");
        }
    }
}
