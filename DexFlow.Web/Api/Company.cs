namespace DexFlow.Web.Api;

// Mirrors of DexFlow.Contracts' company profile. The editor binds to these, so they have settable properties; a
// draft is always a copy of the version read.

/// <summary>The shop itself, as its invoices and calendars need it; every publication is a new version.</summary>
public sealed record CompanyProfile
{
    public string Name { get; set; } = "";

    public PostalAddress Address { get; set; } = new();

    public string? VatId { get; set; }

    public string? TaxNumber { get; set; }

    /// <summary>Null when the shop prints no bank account (the editor keeps an empty one and sends none).</summary>
    public BankAccount? BankAccount { get; set; }

    public string? InvoiceFooter { get; set; }

    public int PaymentTermsDays { get; set; }

    public string TimeZone { get; set; } = "UTC";

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Website { get; set; }

    /// <summary>Set through its own endpoint; the profile only says whether there is one.</summary>
    public CompanyLogo? Logo { get; set; }
}

public sealed record PostalAddress
{
    public string Street { get; set; } = "";

    public string? AdditionalLine { get; set; }

    public string PostalCode { get; set; } = "";

    public string City { get; set; } = "";

    public string CountryCode { get; set; } = "";
}

public sealed record BankAccount
{
    public string Iban { get; set; } = "";

    public string? Bic { get; set; }

    public string? BankName { get; set; }

    public string? AccountHolder { get; set; }
}

public sealed record CompanyLogo(string MediaType, string Sha256, long Length);

/// <summary>A published version of the profile; <see cref="Profile"/> is absent in the history.</summary>
public sealed record CompanyProfileVersion(int Version, CompanyProfile? Profile, string PublishedBy, DateTimeOffset PublishedAt, string Comment);
