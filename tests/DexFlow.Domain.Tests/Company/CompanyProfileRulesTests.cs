using DexFlow.Contracts.Company;
using DexFlow.Contracts.Errors;
using DexFlow.Grains.Company;

namespace DexFlow.Domain.Tests.Company;

public sealed class CompanyProfileRulesTests
{
    private static readonly CompanyProfile Valid = CompanyProfileStore.Demo;

    [Fact]
    public void The_demo_profile_is_complete_enough_to_invoice_with()
    {
        CompanyProfileRules.EnsureValid(CompanyProfileRules.Normalized(Valid));
    }

    [Fact]
    public void A_profile_is_stored_trimmed_with_identifiers_compacted_in_capitals()
    {
        var entered = Valid with
        {
            Name = "  Druckerei Muster GmbH ",
            VatId = "de 123 456 788",
            BankAccount = new BankAccount("de89 3704 0044 0532 0130 00", "cobadeffxxx", " ", null),
            Address = Valid.Address with { CountryCode = "de" },
            Email = " Office@Example.org ",
        };

        var stored = CompanyProfileRules.Normalized(entered);

        Assert.Equal(("Druckerei Muster GmbH", "DE123456788", "DE89370400440532013000", "COBADEFFXXX", null, "DE", "office@example.org"),
            (stored.Name, stored.VatId, stored.BankAccount!.Iban, stored.BankAccount.Bic, stored.BankAccount.BankName, stored.Address.CountryCode, stored.Email));
    }

    [Fact]
    public void A_profile_an_invoice_could_not_be_issued_with_is_refused_naming_each_field()
    {
        var broken = Valid with
        {
            Name = "",
            Address = new PostalAddress("", null, "", "Berlin", "Germany"),
            VatId = null,
            TaxNumber = null,
            BankAccount = new BankAccount("DE89370400440532013001", "COBA", null, null),
            PaymentTermsDays = 400,
            TimeZone = "Central European Time",
            Email = "office at example.org",
        };

        var errors = Assert.Throws<ValidationException>(() => CompanyProfileRules.EnsureValid(CompanyProfileRules.Normalized(broken))).Errors;

        Assert.Equal(
            ["address.countryCode", "address.postalCode", "address.street", "bankAccount.bic", "bankAccount.iban", "email", "name", "paymentTermsDays", "timeZone", "vatId"],
            errors.Keys.Order(StringComparer.Ordinal).ToArray());
    }

    [Theory]
    [InlineData("DE89370400440532013000", true)]
    [InlineData("GB82WEST12345698765432", true)]
    [InlineData("NL91ABNA0417164300", true)]
    [InlineData("DE89370400440532013001", false)] // one digit off
    [InlineData("DE8937040044053201300", false)]  // one digit short
    [InlineData("89370400440532013000DE", false)]
    public void An_iban_is_accepted_only_with_matching_check_digits(string iban, bool valid)
    {
        Assert.Equal(valid, Iban.IsValid(iban));
    }

    [Fact]
    public void A_zone_this_machine_does_not_know_is_read_as_utc_so_plans_never_fail_on_it()
    {
        Assert.Equal(TimeZoneInfo.Utc, CompanyProfiles.Zone("Mars/Olympus_Mons"));
        Assert.Equal("Europe/Berlin", CompanyProfiles.Zone("Europe/Berlin").Id);
    }
}
