using DexFlow.Contracts.Customers;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Security;

namespace DexFlow.Grains.Customers;

/// <summary>
/// Links order forms to the customer master. A linked form's name, customer number, billing address and VAT id are
/// the master's (the form's own stand where the master has none); its contact and purchase-order reference are the
/// order's. Forms are brought up to date from the master when they are edited, submitted and invoiced.
/// </summary>
public sealed class OrderCustomers(CustomerStore customers)
{
    /// <summary>
    /// A form as a manager edits it: with the master's details when it names a customer by id. A form that keeps the
    /// name of the customer it was linked to (or leaves the name out) stays linked without repeating the id.
    /// </summary>
    public async Task<OrderDraft> Resolve(OrderDraft draft, CustomerDetails? current, CancellationToken cancellationToken = default)
    {
        var customer = draft.Customer;
        if (customer.CustomerId is null && current?.CustomerId is { } linked
            && (string.IsNullOrWhiteSpace(customer.Name) || string.Equals(customer.Name.Trim(), current.Name, StringComparison.OrdinalIgnoreCase)))
        {
            customer = customer with { CustomerId = linked };
        }

        if (customer.CustomerId is not { } id)
        {
            return draft;
        }

        var master = await customers.Get(id, cancellationToken) ?? throw ValidationException.For("customer.customerId", $"No customer '{id}'.");
        return draft with { Customer = Snapshot(customer, master) };
    }

    /// <summary>
    /// The form's customer linked and up to date: by its id, or by its name (a customer made from the form, served by
    /// <paramref name="managerId"/>, when the master has none of that name).
    /// </summary>
    public async Task<CustomerDetails> Link(CustomerDetails customer, string managerId, Caller actor, CancellationToken cancellationToken = default) =>
        Snapshot(customer, await Master(customer, managerId, actor, cancellationToken));

    /// <summary>The form's customer linked as <see cref="Link"/> does, with the customer's own payment terms in days (null: the shop's).</summary>
    public async Task<(CustomerDetails Customer, int? PaymentTermsDays)> LinkForInvoice(
        CustomerDetails customer, string managerId, Caller actor, CancellationToken cancellationToken = default)
    {
        var master = await Master(customer, managerId, actor, cancellationToken);
        return (Snapshot(customer, master), master.Profile.PaymentTermsDays);
    }

    /// <summary>Whether the customer has had another order completed and invoiced: the prepayment policy's "returning customer".</summary>
    public Task<bool> IsReturning(string customerId, string exceptOrder, CancellationToken cancellationToken = default) =>
        customers.HasCompletedOrders(customerId, exceptOrder, cancellationToken);

    private async Task<CustomerView> Master(CustomerDetails customer, string managerId, Caller actor, CancellationToken cancellationToken) =>
        (customer.CustomerId is { } id ? await customers.Get(id, cancellationToken) : null)
        ?? await customers.FindOrAdd(customer, managerId, actor, cancellationToken);

    private static CustomerDetails Snapshot(CustomerDetails form, CustomerView master)
    {
        var contact = master.Profile.Contacts.FirstOrDefault();
        return form with
        {
            CustomerId = master.CustomerId,
            Name = master.Profile.Name,
            CustomerNumber = master.CustomerNumber,
            BillingAddress = master.Profile.BillingAddress ?? form.BillingAddress,
            VatId = master.Profile.VatId ?? form.VatId,
            ContactName = string.IsNullOrWhiteSpace(form.ContactName) ? contact?.Name : form.ContactName,
            ContactEmail = string.IsNullOrWhiteSpace(form.ContactName) && string.IsNullOrWhiteSpace(form.ContactEmail) ? contact?.Email : form.ContactEmail,
        };
    }
}
