using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using DexFlow.Grains.Company;
using DexFlow.Testing;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>The company profile: administrators publish it in versions, everyone reads it, and invoices carry it.</summary>
[Collection(ApiCollection.Name)]
public sealed class CompanyProfileTests(ApiFixture fixture)
{
    // A 48 x 16 pixel PNG.
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAADAAAAAQCAIAAADfzGvmAAAAJElEQVR42mOQs1kwqBDDqINGHTTqoFEHjTpo1EGjDhp1EH0RALob7h9a/0UwAAAAAElFTkSuQmCC");

    [Fact]
    public async Task The_profile_is_read_by_everyone_published_by_administrators_and_refused_when_an_invoice_could_not_carry_it()
    {
        var admin = await LogIn("admin");
        var current = await (await LogIn("clerk")).GetJson("/api/company");

        var byManager = await (await LogIn("manager")).Put("/api/company", new { profile = current["profile"], comment = "mine" });
        var incomplete = await Json(await admin.Put("/api/company", new
        {
            profile = Profile("Druckerei Ohne Steuer", vatId: null, iban: "DE89370400440532013001", timeZone: "Berlin"),
            comment = "broken",
        }), HttpStatusCode.BadRequest);
        var history = JsonNode.Parse(await admin.Http.GetStringAsync("/api/company/history"))!.AsArray();

        Assert.False(string.IsNullOrEmpty(current["profile"]!["name"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Forbidden, byManager.StatusCode);
        Assert.Equal(["bankAccount.iban", "timeZone", "vatId"], incomplete["errors"]!.AsObject().Select(error => error.Key).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(current["version"]!.GetValue<int>(), history[0]!["version"]!.GetValue<int>());
        Assert.Null(history[0]!["profile"]);
    }

    [Fact]
    public async Task An_invoice_carries_the_profile_in_force_its_rate_of_VAT_and_is_due_after_the_shops_terms()
    {
        var admin = await LogIn("admin");
        var before = await admin.GetJson("/api/company");
        var published = await Json(await admin.Put("/api/company", new { profile = Profile("Druckerei Fälligkeit GmbH", "DE811569869", "DE89370400440532013000", "UTC", terms: 21), comment = "terms 21" }),
            HttpStatusCode.OK);
        await Task.Delay(CompanyProfiles.RefreshInterval); // the silo that did not publish switches within this
        try
        {
            var (_, prepayment) = await OrderSteps.ApprovedWithPrepayment(fixture.Api.Address, "Fälligkeit KG");
            var details = prepayment["details"]!;
            var issued = DateOnly.Parse(details["issueDate"]!.GetValue<string>());

            Assert.Equal(published["version"]!.GetValue<int>(), details["companyProfileVersion"]!.GetValue<int>());
            Assert.Equal(("Druckerei Fälligkeit GmbH", "DE811569869"), (details["seller"]!["name"]!.GetValue<string>(), details["seller"]!["vatId"]!.GetValue<string>()));
            Assert.StartsWith("Fälligkeit KG", details["buyer"]!["name"]!.GetValue<string>());
            Assert.Equal(issued.AddDays(21), DateOnly.Parse(details["dueDate"]!.GetValue<string>()));
            Assert.Equal("DE89370400440532013000", details["bankAccount"]!["iban"]!.GetValue<string>());
            var vat = Assert.Single(details["vat"]!.AsArray())!;
            Assert.Equal((19m, prepayment["net"]!.GetValue<decimal>(), prepayment["vat"]!.GetValue<decimal>()),
                (vat["percent"]!.GetValue<decimal>(), vat["taxable"]!.GetValue<decimal>(), vat["tax"]!.GetValue<decimal>()));
        }
        finally
        {
            await Json(await admin.Put("/api/company", new { profile = before["profile"], comment = "back to the profile before the test" }), HttpStatusCode.OK);
            await Task.Delay(CompanyProfiles.RefreshInterval); // so that no later test meets this test's profile on the other silo
        }
    }

    [Fact]
    public async Task Every_invoice_is_also_an_EN_16931_electronic_invoice_for_those_who_see_the_orders_invoicing()
    {
        var accountant = await LogIn("accountant");
        var (number, prepayment) = await OrderSteps.ApprovedWithPrepayment(fixture.Api.Address, "E-Rechnung AG");
        var prepaymentNumber = prepayment["number"]!.GetValue<string>();
        var order = await Json(await accountant.Post($"/api/orders/{number}/credit-notes", new { invoiceNumber = prepaymentNumber, amount = 10m, reason = "Goodwill" }),
            HttpStatusCode.OK);
        var creditNumber = order["invoicing"]!["invoices"]!.AsArray().Single(issued => issued!["kind"]!.GetValue<string>() == "CreditNote")!["number"]!.GetValue<string>();

        var invoice = await accountant.Get($"/api/orders/{number}/invoices/{prepaymentNumber}/ubl");
        var xml = System.Xml.Linq.XDocument.Parse(await invoice.Content.ReadAsStringAsync());
        var creditXml = System.Xml.Linq.XDocument.Parse(await (await accountant.Get($"/api/orders/{number}/invoices/{creditNumber}/ubl")).Content.ReadAsStringAsync());
        var byQa = await (await LogIn("qa")).Get($"/api/orders/{number}/invoices/{prepaymentNumber}/ubl");
        var unknown = await accountant.Get($"/api/orders/{number}/invoices/INV-1999-999999/ubl");

        Assert.Equal(HttpStatusCode.OK, invoice.StatusCode);
        Assert.Equal("application/xml", invoice.Content.Headers.ContentType!.MediaType);
        Assert.Empty(En16931Rules.Violations(xml));
        Assert.Equal(("Invoice", "386", prepaymentNumber), (xml.Root!.Name.LocalName, Ubl(xml, "InvoiceTypeCode"), Ubl(xml, "ID")));
        Assert.Equal(prepayment["gross"]!.GetValue<decimal>().ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), Ubl(xml, "PayableAmount"));
        Assert.Equal(prepayment["details"]!["dueDate"]!.GetValue<string>(), Ubl(xml, "DueDate"));
        Assert.Empty(En16931Rules.Violations(creditXml));
        Assert.Equal(("CreditNote", "381", prepaymentNumber, "10.00"),
            (creditXml.Root!.Name.LocalName, Ubl(creditXml, "CreditNoteTypeCode"), creditXml.Descendants().Single(element => element.Name.LocalName == "InvoiceDocumentReference").Elements().First().Value, Ubl(creditXml, "PayableAmount")));
        Assert.Equal(HttpStatusCode.NotFound, byQa.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static string? Ubl(System.Xml.Linq.XDocument document, string name) =>
        document.Descendants().FirstOrDefault(element => element.Name.LocalName == name)?.Value;

    [Fact]
    public async Task A_logo_is_published_as_uploaded_kept_by_later_profiles_and_refused_when_not_an_image_or_too_large()
    {
        var admin = await LogIn("admin");
        var withLogo = await Json(await PutLogo(admin, Png, "image/png"), HttpStatusCode.OK);
        try
        {
            var profile = await admin.GetJson("/api/company");
            var republished = await Json(await admin.Put("/api/company", new { profile = profile["profile"], comment = "same again" }), HttpStatusCode.OK);
            var download = await (await LogIn("accountant")).Get("/api/company/logo");
            var notAnImage = await Json(await PutLogo(admin, "GIF89a------"u8.ToArray(), "image/png"), HttpStatusCode.BadRequest);
            var gif = await PutLogo(admin, "GIF89a------"u8.ToArray(), "image/gif");
            var tooLarge = await PutLogo(admin, new byte[2 * 1024 * 1024], "image/png");
            var byManager = await PutLogo(await LogIn("manager"), Png, "image/png");

            Assert.Equal(withLogo["profile"]!["logo"]!["sha256"]!.GetValue<string>(), republished["profile"]!["logo"]!["sha256"]!.GetValue<string>());
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("image/png", download.Content.Headers.ContentType!.MediaType);
            Assert.Equal(Png, await download.Content.ReadAsByteArrayAsync());
            Assert.Contains("logo", notAnImage["errors"]!.AsObject().Select(error => error.Key));
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, gif.StatusCode);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, byManager.StatusCode);
        }
        finally
        {
            await Json(await admin.Http.DeleteAsync("/api/company/logo?comment=test%20over"), HttpStatusCode.OK);
            await Task.Delay(CompanyProfiles.RefreshInterval);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await admin.Get("/api/company/logo")).StatusCode);
    }

    private static object Profile(string name, string? vatId, string iban, string timeZone, int terms = 14) => new
    {
        name,
        address = new { street = "Druckweg 3", postalCode = "10115", city = "Berlin", countryCode = "DE" },
        vatId,
        bankAccount = new { iban, bic = "COBADEFFXXX", bankName = "Testbank" },
        invoiceFooter = "Amtsgericht Berlin HRB 1",
        paymentTermsDays = terms,
        timeZone,
    };

    private static Task<HttpResponseMessage> PutLogo(DexFlowHttpClient client, byte[] image, string mediaType)
    {
        var content = new ByteArrayContent(image);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        // As browsers and careful clients do: the body follows only once the API has not refused it on its headers.
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/company/logo?comment=our%20logo") { Content = content };
        request.Headers.ExpectContinue = true;
        return client.Http.SendAsync(request);
    }

    private Task<DexFlowHttpClient> LogIn(string user) => DexFlowHttpClient.LogIn(fixture.Api.Address, user);
}
