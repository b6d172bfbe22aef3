using DexFlow.Contracts.Documents;
using DexFlow.Grains.Indexing;
using DexFlow.Grains.Indexing.Invoices;

namespace DexFlow.Indexing.Tests;

/// <summary>The checks behind a supplier invoice's fields: IBAN check digits, VAT id forms, totals that add up.</summary>
public sealed class InvoiceFieldTests
{
    [Theory]
    [InlineData("IBAN DE87 2905 0101 8545 9552 31 · BIC SBREDE22XXX", "DE87290501018545955231")]
    [InlineData("IBAN GB65 NWBK 6016 1364 6705 58 BIC NWBKGB2L", "GB65NWBK60161364670558")]
    [InlineData("iban: it95 x030 6909 6063 3554 0099 064", "IT95X0306909606335540099064")]
    [InlineData("Konto NL69RABO0354673881", "NL69RABO0354673881")]
    [InlineData("IBAN HU42 1177 3016 1111 1018 0000 0000 Swift OTPVHUHB", "HU42117730161111101800000000")]
    public void An_iban_is_taken_as_printed_in_groups_or_not_up_to_its_countrys_length(string text, string iban) =>
        Assert.Equal([iban], Iban.Find(text).ToArray());

    [Theory]
    [InlineData("IBAN DE87 2905 0101 8545 9552 32")] // one digit misread
    [InlineData("IBAN DE87 2905 0101 8545 9552")] // cut short
    [InlineData("Order 2026-000123, phone DE 0341 555 0140 1234")]
    [InlineData("Ref. HU42 1177 3016 1111 1018 0000 0000")] // a country outside the table, without its label
    public void A_number_whose_check_digits_fail_is_no_iban(string text) => Assert.Empty(Iban.Find(text));

    [Theory]
    [InlineData("Meridian Paper Merchants Ltd · VAT ID GB 294 1177 50\nIBAN …", "GB294117750")]
    [InlineData("Alucon Printing Plates B.V. · VAT ID NL 8569.12.744.B01", "NL856912744B01")]
    [InlineData("USt-IdNr.: DE 312 908 114 · Amtsgericht Hamburg", "DE312908114")]
    [InlineData("P. IVA IT 04417730961", "IT04417730961")]
    [InlineData("Your VAT ID: DE 281 447 930\nN° TVA FR 40 303 265 045", "FR40303265045")]
    public void The_issuers_vat_id_is_read_in_its_countrys_form_and_the_customers_passed_over(string text, string vatId) =>
        Assert.Equal(vatId, VatId.FindIssuers(text));

    [Theory]
    [InlineData("VAT ID: 0341 555 0140")]
    [InlineData("VAT ID: DE 12345")]
    public void A_vat_label_before_something_else_gives_no_vat_id(string text) => Assert.Null(VatId.FindIssuers(text));

    [Theory]
    [InlineData("Subtotal (net)\t1,347.60\nVAT 20 %\t269.52\nTOTAL DUE EUR\t1,617.12", 1347.60, 269.52, 1617.12, 20)]
    [InlineData("Totaal excl. BTW\t4.069,74\nBTW / VAT 21 %\t854,65\nTotaal incl. BTW EUR\t4.924,39", 4069.74, 854.65, 4924.39, 21)]
    [InlineData("Nettobetrag 5.484,00 EUR\nzzgl. 19,00% MwSt. 1.041,96 EUR\nGesamtbetrag 6.525,96 EUR", 5484.00, 1041.96, 6525.96, 19)]
    [InlineData("Net 1 000.00\nVAT 20 % 200.00\nTotal 1 200.00", 1000.00, 200.00, 1200.00, 20)]
    [InlineData("Total HT 1\u202F000,00\nTVA (20%) 200,00\nTotal TTC 1200,00\nAcompte versé 300,00\nNet à payer 900,00", 1000.00, 200.00, 1200.00, 20)]
    public void Totals_that_add_up_are_read_with_their_rate_in_any_of_the_shops_languages(string text, decimal net, decimal vat, decimal gross, decimal rate)
    {
        var totals = InvoiceTotals.Read(text, new TotalsLexicon());
        Assert.Equal((net, vat, gross, rate, InvoiceTotals.Agreement.Both), (totals!.Net, totals.Vat, totals.Gross, totals.Rate, totals.Checked));
    }

    [Fact]
    public void Two_rates_of_vat_add_up_together()
    {
        var totals = InvoiceTotals.Read("Net 200.00\nVAT 7 % 7.00\nVAT 19 % 19.00\nTotal 226.00", new TotalsLexicon());
        Assert.Equal((200m, 26m, 226m, (decimal?)null, InvoiceTotals.Agreement.Sum), (totals!.Net, totals.Vat, totals.Gross, totals.Rate, totals.Checked));
    }

    [Fact]
    public void Totals_that_do_not_add_up_are_given_below_the_review_threshold_and_a_rate_is_never_an_amount()
    {
        var fields = FieldExtractor.Extract("Rechnung\nInvoice no.: R-77\nNet 1,000.00\nVAT 19 %\nTotal 1,234.00", 1.0, null, new ExtractionOptions(), DocumentType.Invoice);

        Assert.Equal("19", fields.Single(field => field.Name == FieldNames.VatRate).Value);
        Assert.DoesNotContain(fields, field => field.Name == FieldNames.VatAmount);
        Assert.All(fields.Where(field => field.Name is FieldNames.NetAmount or FieldNames.GrossAmount or FieldNames.VatRate),
            field => Assert.True(field.Confidence < new ReviewOptions().MinFieldConfidence, $"{field.Name} at {field.Confidence}"));
    }

    [Fact]
    public void A_supplier_invoice_names_its_supplier_and_not_a_customer_and_the_shops_own_invoice_names_no_supplier()
    {
        const string Text = "Papierhaus Nordwind GmbH\nHafenstraße 5 · 20457 Hamburg\n\nPrintwerk Schulz GmbH\nGutenbergstrasse 12\n\nRechnungsdatum: 12.02.2026\nNet 100.00\nVAT 19 % 19.00\nTotal 119.00";

        var supplier = FieldExtractor.Extract(Text, 1.0, null, new ExtractionOptions(), DocumentType.Invoice);
        var own = FieldExtractor.Extract(Text, 1.0, "2026-000123", new ExtractionOptions(), DocumentType.Invoice);

        Assert.Equal("Papierhaus Nordwind GmbH", supplier.Single(field => field.Name == FieldNames.SupplierName).Value);
        Assert.DoesNotContain(supplier, field => field.Name == FieldNames.CustomerName);
        Assert.DoesNotContain(own, field => field.Name == FieldNames.SupplierName);
        Assert.Equal(("2026-02-12", "2026-02-12"), (supplier.Single(field => field.Name == FieldNames.InvoiceDate).Value, own.Single(field => field.Name == FieldNames.InvoiceDate).Value));
    }
}
