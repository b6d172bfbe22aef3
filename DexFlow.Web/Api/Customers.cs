namespace DexFlow.Web.Api;

/// <summary>A customer as the master keeps them; <see cref="Version"/> is the ETag of a change.</summary>
public sealed record Customer(string CustomerId, string CustomerNumber, string Name, string? BillingAddress, string? VatId, IReadOnlyList<CustomerContact> Contacts,
    int? PaymentTermsDays, decimal? CreditLimit, string ManagerId, string? ManagerName, string? Notes, DateTimeOffset CreatedAt, DateTimeOffset? UpdatedAt, long Version);

public sealed record CustomerList(IReadOnlyList<Customer> Items, int Page, int PageSize, long Total);

/// <summary>A contact person at the customer (settable: the editor binds to it).</summary>
public sealed record CustomerContact
{
    public string Name { get; set; } = "";

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Role { get; set; }
}

/// <summary>What the customer editor sends: a new customer, or one as it should be.</summary>
public sealed record CustomerDraft
{
    /// <summary>Only for a new customer; without one the master numbers it.</summary>
    public string? CustomerNumber { get; set; }

    public string Name { get; set; } = "";

    public string? BillingAddress { get; set; }

    public string? VatId { get; set; }

    public List<CustomerContact> Contacts { get; set; } = [];

    public int? PaymentTermsDays { get; set; }

    public decimal? CreditLimit { get; set; }

    /// <summary>The manager who serves the customer; empty for a new one: the manager creating it.</summary>
    public string? ManagerId { get; set; }

    public string? Notes { get; set; }

    public static CustomerDraft Of(Customer customer) => new()
    {
        Name = customer.Name, BillingAddress = customer.BillingAddress, VatId = customer.VatId,
        Contacts = [.. customer.Contacts.Select(contact => contact with { })],
        PaymentTermsDays = customer.PaymentTermsDays, CreditLimit = customer.CreditLimit, ManagerId = customer.ManagerId, Notes = customer.Notes,
    };
}
