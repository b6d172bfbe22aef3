using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Routing;
using DexFlow.Grains.Imaging;
using DexFlow.Grains.Indexing;
using DexFlow.Grains.Paperwork;
using DexFlow.Grains.Pricing;
using DexFlow.Grains.Routing;

namespace DexFlow.Indexing.Tests;

/// <summary>The PDFs DexFlow writes are read back by its own indexing: the order's barcode decodes and the text extracts.</summary>
public sealed class PaperworkRoundTripTests
{
    private const string Number = "2026-000042";
    private const string Barcode = "DXF-O-" + Number;
    private static readonly DateTimeOffset GeneratedAt = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    // A 48 x 16 pixel PNG, blue.
    private const string Logo = "iVBORw0KGgoAAAANSUhEUgAAADAAAAAQCAIAAADfzGvmAAAAJElEQVR42mOQs1kwqBDDqINGHTTqoFEHjTpo1EGjDhp1EH0RALob7h9a/0UwAAAAAElFTkSuQmCC";

    private static readonly OrderDraft Draft = new(
        new CustomerDetails("Müller & Söhne GmbH", "C-1042", "Anna Müller", "anna@example.com", "Hauptstraße 1, Berlin", "DE123456789")
        {
            PurchaseOrderReference = "PO-2026-0815",
        },
        new PrintSpecification(ProductType.Flyer, "Spring flyer", 148, 210, 5000, 2, 4, 4, "gloss-135", ["cutting"],
            new DateOnly(2026, 12, 18), "Hauptstraße 1, Berlin", "Pantone 286 for the logo; proof to Anna before the run."));

    private static readonly Contracts.Pricing.Estimate Estimate = Estimator.Estimate(Draft.Specification, DemoPriceList.PriceList, 1, "EUR");

    [Fact]
    public async Task A_generated_work_sheet_routes_by_its_barcode_and_its_text_extracts()
    {
        var pdf = WorkSheetPdf.Render(Number, 2, Draft, Estimate, Barcode, GeneratedAt);

        var (codes, text) = await ReadFirstPage(pdf);

        Assert.Contains(Barcode, codes);
        Assert.Contains("Work sheet", text);
        Assert.Contains($"Order {Number}, revision 2", text);
        Assert.DoesNotContain("Müller & Söhne", text); // operators and planners see the work sheet, not whose order it is
        Assert.Contains("SM 74-4", text);
        Assert.Contains("Pantone 286", text);
        Assert.DoesNotContain("EUR", text);
    }

    [Fact]
    public async Task A_generated_price_sheet_routes_by_its_barcode_and_carries_the_estimate()
    {
        var pdf = PriceSheetPdf.Render(Number, 1, Draft, Estimate, Barcode, GeneratedAt);

        var (codes, text) = await ReadFirstPage(pdf);

        Assert.Contains(Barcode, codes);
        Assert.Contains("Price sheet", text);
        Assert.Contains(PdfSheet.Money(Estimate.Gross, "EUR"), text);
        Assert.Contains(PdfSheet.Money(Estimate.Net, "EUR"), text);
        Assert.Contains("10,000", text);
    }

    [Fact]
    public async Task A_generated_final_invoice_routes_by_its_barcode_and_shows_the_deducted_prepayment()
    {
        var invoice = new Contracts.Invoicing.Invoice("INV-2026-000009", Contracts.Invoicing.InvoiceKind.Final, Number, "EUR", Estimate.Net, Estimate.Vat,
            Estimate.Gross, 187.45m, null, null, GeneratedAt, "dexflow", new Contracts.Documents.ContentRef("", 0));
        var pdf = InvoicePdf.Render(invoice, Draft, Barcode);

        var (codes, text) = await ReadFirstPage(pdf);

        Assert.Contains(Barcode, codes);
        Assert.Contains("INV-2026-000009", text);
        Assert.Contains("DE123456789", text);
        Assert.Contains("Your reference", text);
        Assert.Contains("PO-2026-0815", text);
        Assert.Contains(PdfSheet.Money(187.45m, "EUR"), text);
        Assert.Contains(PdfSheet.Money(Estimate.Gross - 187.45m, "EUR"), text);
        Assert.DoesNotMatch(@"/Subtype\s*/Image", System.Text.Encoding.Latin1.GetString(pdf)); // no logo given, none printed
    }

    [Fact]
    public async Task An_invoice_with_its_details_names_seller_buyer_VAT_per_rate_the_due_date_and_the_bank_and_prints_the_logo()
    {
        var shop = new Grains.Company.ProfileInForce(3, Grains.Company.CompanyProfileStore.Demo with { InvoiceFooter = "Registered at Amtsgericht Berlin HRB 4711" }
            with { Logo = new Contracts.Company.CompanyLogo("image/png", "x", 93) }, TimeZoneInfo.Utc);
        var deducted = new Contracts.Invoicing.VatBreakdown(19m, 150m, 28.5m);
        var details = Grains.Invoicing.InvoiceContents.Details(Contracts.Invoicing.InvoiceKind.Final, shop, Draft.Customer, 30,
            Grains.Invoicing.InvoiceContents.Line(Contracts.Invoicing.InvoiceKind.Final, Draft.Specification, Estimate.Net, null), 19m, Estimate.Vat,
            GeneratedAt, new DateOnly(2026, 11, 25), deducted);
        var invoice = new Contracts.Invoicing.Invoice("INV-2026-000010", Contracts.Invoicing.InvoiceKind.Final, Number, "EUR", Estimate.Net, Estimate.Vat,
            Estimate.Gross, 178.5m, null, null, GeneratedAt, "dexflow", new Contracts.Documents.ContentRef("", 0)) { Details = details };

        var pdf = InvoicePdf.Render(invoice, Draft, Barcode, Convert.FromBase64String(Logo));
        var (codes, text) = await ReadFirstPage(pdf);

        Assert.Contains(Barcode, codes);
        Assert.Contains("DexFlow Demo Print Shop", text);
        Assert.Contains("DE123456788", text);                       // the seller's VAT id
        Assert.Contains("DE123456789", text);                       // the buyer's
        Assert.Contains($"VAT 19 % on {PdfSheet.Money(Estimate.Net, "EUR")}", text);
        Assert.Contains("Less VAT 19 % invoiced with the prepayment", text);
        Assert.Contains(PdfSheet.Money(28.5m, "EUR"), text);
        Assert.Contains("2026-12-26 (30 days net)", text);          // due 30 days after the invoice date
        Assert.Contains("2026-11-25", text);                        // delivered
        Assert.Contains("IBAN DE89 3704 0044 0532 0130 00", text);
        Assert.Contains("HRB 4711", text);
        Assert.Matches(@"/Subtype\s*/Image", System.Text.Encoding.Latin1.GetString(pdf));
    }

    [Fact]
    public void A_logo_that_is_not_a_readable_png_or_jpeg_is_refused_before_it_reaches_an_invoice()
    {
        var png = Convert.FromBase64String(Logo);

        Assert.Equal("image/png", Grains.Company.LogoImage.EnsureReadable(png));
        Assert.Throws<Contracts.Errors.ValidationException>(() => Grains.Company.LogoImage.EnsureReadable("GIF89a not a logo"u8.ToArray()));
        Assert.Throws<Contracts.Errors.ValidationException>(() => Grains.Company.LogoImage.EnsureReadable(png[..40])); // cut off
    }

    [Fact]
    public async Task A_shop_that_changes_its_order_prefix_keeps_routing_the_sheets_it_prints()
    {
        var codes = new BarcodeConventions { OrderPrefix = "ACME-ORD-" };
        var rules = CompiledRules.Compile(DefaultRules.Rules, 1, codes);
        var pdf = WorkSheetPdf.Render(Number, 1, Draft, Estimate, codes.OrderCode(Number), GeneratedAt);

        var (printed, _) = await ReadFirstPage(pdf);
        var decision = rules.Evaluate(FactsWith(printed));
        var oldStyle = rules.Evaluate(FactsWith([Barcode]));

        Assert.Contains("ACME-ORD-" + Number, printed);
        Assert.Equal((RoutingOutcome.AttachToOrder, Number, "order-barcode"), (decision.Outcome, decision.OrderNumber, decision.RuleId));
        Assert.NotEqual(RoutingOutcome.AttachToOrder, oldStyle.Outcome); // a code of the old prefix names no order any more
    }

    [Fact]
    public void The_same_order_renders_to_the_same_size_each_time()
    {
        var first = PriceSheetPdf.Render(Number, 1, Draft, Estimate, Barcode, GeneratedAt);
        var second = PriceSheetPdf.Render(Number, 1, Draft, Estimate, Barcode, GeneratedAt);

        Assert.Equal(first.Length, second.Length);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(first, 0, 5));
    }

    [Fact]
    public async Task A_generated_sheet_carries_its_one_font_so_it_prints_the_same_anywhere()
    {
        var pdf = PriceSheetPdf.Render(Number, 1, Draft, Estimate, Barcode, GeneratedAt);

        var fonts = await FontsOf(pdf);

        // Bold labels and headings are drawn from the regular face: one subset per document, not two.
        var font = Assert.Single(fonts);
        Assert.Contains("DejaVu Sans", font);
        Assert.Matches(@"\syes\s+yes\s", font); // embedded, as a subset
    }

    private static RoutingFacts FactsWith(IEnumerable<string> barcodes) =>
        new("parcel-1", 0, "Upload", "rest", null, null, "scan.pdf", Contracts.Documents.DocumentType.WorkSheet, 0.9,
            [.. barcodes.Select(code => new Contracts.Documents.Barcode("CODE_128", code))], [], "", 1, null, false);

    /// <summary>The font rows of Poppler's <c>pdffonts</c> listing.</summary>
    private static async Task<string[]> FontsOf(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"dexflow-fonts-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdffonts", [path]) { RedirectStandardOutput = true })!;
            var listing = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.Equal(0, process.ExitCode);
            return listing.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToArray();
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<(HashSet<string> Codes, string Text)> ReadFirstPage(byte[] pdf)
    {
        using var file = await PageFile.Open(pdf, new ImagingOptions());
        using var image = await file.Render(0);
        var codes = BarcodeScanner.Scan(image).Select(code => code.Text).ToHashSet();
        var text = await file.TextLayer(0) ?? "";
        return (codes, text);
    }
}
