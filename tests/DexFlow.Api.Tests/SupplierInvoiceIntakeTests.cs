using System.Text.Json.Nodes;
using DexFlow.Testing;
using static DexFlow.Api.Tests.ParcelIntakeTests;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>A supplier's invoice uploaded as it came reaches accounting with what accounting pays by.</summary>
[Collection(ApiCollection.Name)]
public sealed class SupplierInvoiceIntakeTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_born_digital_supplier_invoice_reaches_accounting_with_its_supplier_bank_account_and_totals_that_add_up()
    {
        var clerk = await LogIn(fixture.Api.Address, "clerk");
        var accepted = await clerk.Upload("/api/parcels", [("rechnung.pdf", File.ReadAllBytes(Path.Combine(SharedData.SamplesHard, "h044-supplier-invoice.pdf")))]);
        var location = accepted.Headers.Location!.OriginalString;
        var parcel = await Eventually.Get(async () => await clerk.GetJson(location), read => read["stage"]!.GetValue<string>() is "Routed" or "ManualIndexing" or "Failed",
            "the invoice to be read", TimeSpan.FromMinutes(1));

        var document = parcel["documents"]!.AsArray().Single()!;
        Assert.Equal(("Routed", "Invoice", "Inbox", "Accountant"),
            (parcel["stage"]!.GetValue<string>(), document["type"]!.GetValue<string>(), document["route"]!["kind"]!.GetValue<string>(), document["route"]!["role"]!.GetValue<string>()));
        var fields = document["fields"]!.AsArray();
        Assert.Equal(
            ("Papierhaus Nordwind GmbH", "DE312908114", "DE87290501018545955231", "SBREDE22XXX", "RE-2026-74900", "2026-02-12"),
            (FieldValue(fields, "supplier_name"), FieldValue(fields, "supplier_vat_id"), FieldValue(fields, "iban"), FieldValue(fields, "bic"), FieldValue(fields, "invoice_number"), FieldValue(fields, "invoice_date")));
        Assert.Equal(("5484.00", "19", "1041.96", "6525.96"),
            (FieldValue(fields, "net_amount"), FieldValue(fields, "vat_rate"), FieldValue(fields, "vat_amount"), FieldValue(fields, "gross_amount")));
        Assert.Null(FieldValue(fields, "customer_name"));
    }
}
