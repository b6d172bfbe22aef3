using DexFlow.Contracts.Orders;
using DexFlow.Grains.Orders;
using static DexFlow.Domain.Tests.Orders.OrderTestData;

namespace DexFlow.Domain.Tests.Orders;

public sealed class TemplateMergeTests
{
    [Fact]
    public void A_partial_specification_replaces_only_the_fields_it_gives()
    {
        var template = CompleteDraft(quantity: 2500);
        var given = PrintSpecification.Empty with { Quantity = 1000, Title = "Autumn flyer", Finishing = default };

        var merged = TemplateMerge.Over(template, null, given);

        Assert.Equal(template.Specification with { Quantity = 1000, Title = "Autumn flyer" }, merged.Specification);
        Assert.Equal(template.Customer, merged.Customer);
    }

    [Fact]
    public void A_copy_keeps_the_templates_customer_link_unless_it_names_another_customer_and_never_its_purchase_order_reference()
    {
        var draft = CompleteDraft();
        var template = draft with { Customer = draft.Customer with { CustomerId = "cus-1", PurchaseOrderReference = "PO-1" } };

        var asIs = TemplateMerge.Over(template, null, null);
        var newContact = TemplateMerge.Over(template, new CustomerDetails("", null, "New Contact", null, null, null), null);
        var otherCustomer = TemplateMerge.Over(template, new CustomerDetails("Other GmbH", null, null, null, null, null), null);
        var newReference = TemplateMerge.Over(template, new CustomerDetails("", null, null, null, null, null) { PurchaseOrderReference = "PO-2" }, null);

        Assert.Equal(("cus-1", null), (asIs.Customer.CustomerId, asIs.Customer.PurchaseOrderReference));
        Assert.Equal(("cus-1", null), (newContact.Customer.CustomerId, newContact.Customer.PurchaseOrderReference));
        Assert.Null(otherCustomer.Customer.CustomerId);
        Assert.Equal(("cus-1", "PO-2"), (newReference.Customer.CustomerId, newReference.Customer.PurchaseOrderReference));
    }

    [Fact]
    public void A_partial_customer_replaces_only_the_fields_it_gives_and_a_blank_name_keeps_the_copied_one()
    {
        var template = CompleteDraft();

        var merged = TemplateMerge.Over(template, new CustomerDetails(" ", null, "New Contact", null, null, null), null);

        Assert.Equal(template.Customer with { ContactName = "New Contact" }, merged.Customer);
        Assert.Equal(template.Specification, merged.Specification);
    }

    [Fact]
    public void Finishing_given_even_empty_replaces_the_copied_operations_and_left_out_keeps_them()
    {
        var template = CompleteDraft();

        Assert.Empty(TemplateMerge.Over(template, null, PrintSpecification.Empty).Specification.Finishing);
        Assert.Equal(["cutting"], TemplateMerge.Over(template, null, PrintSpecification.Empty with { Finishing = default }).Specification.Finishing.ToArray());
        Assert.Empty(TemplateMerge.Over(TemplateMerge.Blank, null, PrintSpecification.Empty with { Finishing = default }).Specification.Finishing);
    }
}
