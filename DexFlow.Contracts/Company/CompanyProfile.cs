namespace DexFlow.Contracts.Company;

/// <summary>
/// The shop itself, as its invoices, credit notes and calendars need it; published in versions like the price list, and
/// every invoice records the version it was issued with. <see cref="PaymentTermsDays"/> apply to customers without
/// terms of their own; <see cref="TimeZone"/> (an IANA id such as <c>Europe/Berlin</c>) is the time in which working
/// hours, due dates and invoice dates are read.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.company-profile")]
public sealed record CompanyProfile(
    [property: Id(0)] string Name,
    [property: Id(1)] PostalAddress Address,
    [property: Id(2)] string? VatId,
    [property: Id(3)] string? TaxNumber,
    [property: Id(4)] BankAccount? BankAccount,
    [property: Id(5)] string? InvoiceFooter,
    [property: Id(6)] int PaymentTermsDays,
    [property: Id(7)] string TimeZone,
    [property: Id(8)] string? Email,
    [property: Id(9)] string? Phone,
    [property: Id(10)] string? Website)
{
    /// <summary>The logo printed on invoices; set with <c>PUT /api/company/logo</c>, not with the profile.</summary>
    [Id(11)] public CompanyLogo? Logo { get; init; }
}

/// <summary>An address as an e-invoice needs it: street lines, postal code, city and the ISO 3166-1 country code.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.postal-address")]
public sealed record PostalAddress(
    [property: Id(0)] string Street,
    [property: Id(1)] string? AdditionalLine,
    [property: Id(2)] string PostalCode,
    [property: Id(3)] string City,
    [property: Id(4)] string CountryCode)
{
    public override string ToString() =>
        string.Join('\n', new[] { Street, AdditionalLine, $"{PostalCode} {City}".Trim(), CountryCode }.Where(line => !string.IsNullOrWhiteSpace(line)));
}

/// <summary>Where customers pay: the IBAN is checked by its check digits.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.bank-account")]
public sealed record BankAccount(
    [property: Id(0)] string Iban,
    [property: Id(1)] string? Bic,
    [property: Id(2)] string? BankName,
    [property: Id(3)] string? AccountHolder);

/// <summary>The logo image as stored in the content store.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.company-logo")]
public sealed record CompanyLogo(
    [property: Id(0)] string MediaType,
    [property: Id(1)] string Sha256,
    [property: Id(2)] long Length)
{
    /// <summary>The largest logo accepted: an invoice's logo is a small image.</summary>
    public const int MaxBytes = 1024 * 1024;
}

/// <summary>A published version of the profile: who published it, when and why (<see cref="Profile"/> is left out of the history).</summary>
[GenerateSerializer, Immutable, Alias("dexflow.company-profile-version")]
public sealed record CompanyProfileVersion(
    [property: Id(0)] int Version,
    [property: Id(1)] CompanyProfile? Profile,
    [property: Id(2)] string PublishedBy,
    [property: Id(3)] DateTimeOffset PublishedAt,
    [property: Id(4)] string Comment);
