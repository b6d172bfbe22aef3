using DexFlow.Contracts.Company;
using DexFlow.Grains.Customers;
using DexFlow.Grains.Validation;

namespace DexFlow.Grains.Company;

/// <summary>What a company profile must be for the shop's invoices to carry what an EU invoice must carry.</summary>
public static class CompanyProfileRules
{
    /// <summary>A profile as stored: text trimmed, empty text as none, identifiers without blanks in capitals.</summary>
    public static CompanyProfile Normalized(CompanyProfile profile) => profile with
    {
        Name = profile.Name?.Trim() ?? "",
        Address = profile.Address is { } address
            ? new PostalAddress(address.Street?.Trim() ?? "", OptionalText.Of(address.AdditionalLine), address.PostalCode?.Trim() ?? "",
                address.City?.Trim() ?? "", address.CountryCode?.Trim().ToUpperInvariant() ?? "")
            : new PostalAddress("", null, "", "", ""),
        VatId = Compact(profile.VatId),
        TaxNumber = OptionalText.Of(profile.TaxNumber),
        BankAccount = profile.BankAccount is { } bank
            ? new BankAccount(Compact(bank.Iban) ?? "", Compact(bank.Bic), OptionalText.Of(bank.BankName), OptionalText.Of(bank.AccountHolder))
            : null,
        InvoiceFooter = OptionalText.Of(profile.InvoiceFooter),
        TimeZone = profile.TimeZone?.Trim() ?? "",
        Email = OptionalText.Of(profile.Email)?.ToLowerInvariant(),
        Phone = OptionalText.Of(profile.Phone),
        Website = OptionalText.Of(profile.Website),
    };

    /// <summary>Throws <see cref="Contracts.Errors.ValidationException"/> naming each field that breaks a rule.</summary>
    public static void EnsureValid(CompanyProfile profile)
    {
        var errors = new Problems();
        errors.Required("name", profile.Name);
        errors.ShortText("name", profile.Name);
        errors.Required("address.street", profile.Address.Street);
        errors.ShortText("address.street", profile.Address.Street);
        errors.ShortText("address.additionalLine", profile.Address.AdditionalLine);
        errors.Required("address.postalCode", profile.Address.PostalCode);
        errors.MaxLength("address.postalCode", profile.Address.PostalCode, 16);
        errors.Required("address.city", profile.Address.City);
        errors.ShortText("address.city", profile.Address.City);
        if (!IsCountryCode(profile.Address.CountryCode))
        {
            errors.Add("address.countryCode", "The ISO 3166-1 two-letter country code, e.g. DE.");
        }

        if (profile.VatId is null && profile.TaxNumber is null)
        {
            errors.Add("vatId", "An invoice carries the seller's VAT id or tax number: give at least one.");
        }

        if (profile.VatId is { } vatId && !IsVatId(vatId))
        {
            errors.Add("vatId", "A VAT id: the country prefix and 2 to 13 letters or digits, e.g. DE123456789.");
        }

        errors.ShortText("taxNumber", profile.TaxNumber);
        if (profile.BankAccount is { } bank)
        {
            if (!Iban.IsValid(bank.Iban))
            {
                errors.Add("bankAccount.iban", "Not an IBAN: its check digits do not match.");
            }

            if (bank.Bic is { } bic && !IsBic(bic))
            {
                errors.Add("bankAccount.bic", "A BIC has 8 or 11 letters and digits, e.g. COBADEFFXXX.");
            }

            errors.ShortText("bankAccount.bankName", bank.BankName);
            errors.ShortText("bankAccount.accountHolder", bank.AccountHolder);
        }

        errors.LongText("invoiceFooter", profile.InvoiceFooter);
        errors.Range("paymentTermsDays", profile.PaymentTermsDays, 0, CustomerRules.MaxPaymentTermsDays);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(profile.TimeZone, out _))
        {
            errors.Add("timeZone", "An IANA time zone, e.g. Europe/Berlin or UTC.");
        }

        if (profile.Email is { } email && !EmailAddresses.IsValid(email))
        {
            errors.Add("email", "Not an e-mail address.");
        }

        errors.ShortText("phone", profile.Phone);
        errors.ShortText("website", profile.Website);
        errors.ThrowIfAny();
    }

    private static bool IsCountryCode(string code) => code.Length == 2 && code.All(char.IsAsciiLetterUpper);

    // Greece writes EL and Northern Ireland XI before VAT ids; the rest of the id is the member state's own format.
    private static bool IsVatId(string vatId) =>
        vatId.Length is >= 4 and <= 15 && char.IsAsciiLetterUpper(vatId[0]) && char.IsAsciiLetterUpper(vatId[1])
        && vatId[2..].All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));

    private static bool IsBic(string bic) =>
        bic.Length is 8 or 11 && bic[..6].All(char.IsAsciiLetterUpper) && bic[6..].All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));

    private static string? Compact(string? value) => OptionalText.Of(value)?.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
}
