using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Customers;
using DexFlow.Testing;

namespace DexFlow.Cluster.Tests;

public sealed class CustomerLinkingTests
{
    [Fact]
    public async Task Orders_of_a_new_customer_linked_at_the_same_moment_make_one_customer_with_the_forms_number_when_it_is_free()
    {
        await using var database = await TestDatabase.CreateAsync();
        var store = new CustomerStore(database.DataSource, TimeProvider.System);
        var form = new CustomerDetails("Falke Verlag GmbH", "K-77", "Ina Falke", "Ina@Falke.example", "Domplatz 1, Köln", "DE111111111");

        var linked = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => store.FindOrAdd(form with { Name = i % 2 == 0 ? "Falke Verlag GmbH" : "falke verlag gmbh " }, "manager", Caller.System))));
        var taken = await store.FindOrAdd(form with { Name = "Other Verlag" }, "manager", Caller.System);

        var customer = Assert.Single(linked.Select(view => view.CustomerId).Distinct());
        Assert.Equal(2L, await database.Scalar<long>("SELECT count(*) FROM dexflow.customers"));
        Assert.Equal(("K-77", "falke verlag gmbh", "ina@falke.example"),
            (linked[0].CustomerNumber, linked[0].Profile.Name.ToLowerInvariant(), linked[0].Profile.Contacts.Single().Email));
        Assert.Matches(@"^C-\d{6}$", taken.CustomerNumber);
        Assert.Equal(1L, await database.Scalar<long>("SELECT count(*) FROM dexflow.customer_audit WHERE customer_id = @id AND action = 'Created'", ("id", customer)));
    }
}
