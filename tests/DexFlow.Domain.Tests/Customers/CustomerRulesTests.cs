using DexFlow.Contracts.Customers;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Customers;

namespace DexFlow.Domain.Tests.Customers;

public sealed class CustomerRulesTests
{
    private static readonly Caller Manager = new("manager", "Max Manager", Roles.Manager);
    private static readonly Caller OtherManager = new("manager2", "Mia Manager", Roles.Manager);
    private static readonly Caller Accountant = new("accountant", "Ada Accountant", Roles.Accountant);
    private static readonly Caller Administrator = new("admin", "Ann Admin", Roles.Administrator);

    private static readonly CustomerView Customer = new("cus-1", "C-000001",
        new CustomerProfile("Helios Druck", "Ringstr. 5", "DE811907980", [new CustomerContact("Jo Berg", "jo@helios.example", null, null)], 30, 1000m, "manager", null),
        "Max Manager", DateTimeOffset.UnixEpoch, null, 1);

    public static TheoryData<string, Func<CustomerProfile, CustomerProfile>, bool, bool, bool, bool> Changes => new()
    {
        // field changed, change, may the serving manager, another manager, an accountant, an administrator
        { "name", profile => profile with { Name = "Helios Druck Leipzig" }, true, false, false, true },
        { "contacts", profile => profile with { Contacts = [] }, true, false, false, true },
        { "notes", profile => profile with { Notes = "matt stock" }, true, false, false, true },
        { "billingAddress", profile => profile with { BillingAddress = "Markt 1" }, true, false, true, true },
        { "vatId", profile => profile with { VatId = "DE000000000" }, true, false, true, true },
        { "paymentTermsDays", profile => profile with { PaymentTermsDays = 14 }, false, false, true, true },
        { "creditLimit", profile => profile with { CreditLimit = 5000m }, false, false, true, true },
        { "managerId", profile => profile with { ManagerId = "manager2" }, false, false, false, true },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Each_field_is_changed_only_by_the_roles_that_keep_it(string field, Func<CustomerProfile, CustomerProfile> change, bool manager, bool other, bool accountant, bool administrator)
    {
        var changed = change(Customer.Profile);

        Assert.Equal([field], CustomerRules.ChangedFields(Customer.Profile, changed));
        Assert.Equal((manager, other, accountant, administrator), (May(Manager, changed), May(OtherManager, changed), May(Accountant, changed), May(Administrator, changed)));
    }

    [Fact]
    public void A_manager_creates_only_customers_they_serve_and_without_terms()
    {
        var own = Customer.Profile with { PaymentTermsDays = null, CreditLimit = null };

        CustomerRules.EnsureMayCreate(Manager, own);
        Assert.Throws<ForbiddenException>(() => CustomerRules.EnsureMayCreate(OtherManager, own));
        Assert.Throws<ForbiddenException>(() => CustomerRules.EnsureMayCreate(Manager, own with { PaymentTermsDays = 10 }));
        Assert.Throws<ForbiddenException>(() => CustomerRules.EnsureMayCreate(Accountant, own));
        CustomerRules.EnsureMayCreate(Administrator, Customer.Profile with { ManagerId = "manager2" });
    }

    private static bool May(Caller caller, CustomerProfile changed)
    {
        try
        {
            CustomerRules.EnsureMayChange(caller, Customer, changed);
            return true;
        }
        catch (ForbiddenException)
        {
            return false;
        }
    }
}
