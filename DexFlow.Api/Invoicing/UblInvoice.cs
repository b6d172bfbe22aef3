using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DexFlow.Contracts.Company;
using DexFlow.Contracts.Invoicing;

namespace DexFlow.Api.Invoicing;

/// <summary>
/// An issued invoice as an EN 16931 electronic invoice in the UBL 2.1 syntax: an Invoice (type 380, or 386 for a
/// prepayment invoice) or a CreditNote (381) naming the invoice it corrects. Written from the details fixed when the
/// invoice was issued, so it says what the PDF says. Invoices issued before details were kept have none.
/// </summary>
public static partial class UblInvoice
{
    public const string MediaType = "application/xml";

    private static readonly XNamespace Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    private static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    private static readonly XNamespace InvoiceNs = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    private static readonly XNamespace CreditNoteNs = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";

    /// <summary>The invoice as UBL; null for one issued without details.</summary>
    public static XDocument? Write(InvoiceView invoice)
    {
        if (invoice.Details is not { } details)
        {
            return null;
        }

        var credit = invoice.Kind == InvoiceKind.CreditNote;
        XNamespace root = credit ? CreditNoteNs : InvoiceNs;
        var document = new XElement(root + (credit ? "CreditNote" : "Invoice"),
            new XAttribute(XNamespace.Xmlns + "cac", Cac), new XAttribute(XNamespace.Xmlns + "cbc", Cbc),
            Basic("CustomizationID", "urn:cen.eu:en16931:2017"),
            Basic("ID", invoice.Number),
            Basic("IssueDate", Day(details.IssueDate)),
            credit || details.DueDate is not { } due ? null : Basic("DueDate", Day(due)),
            Basic(credit ? "CreditNoteTypeCode" : "InvoiceTypeCode", invoice.Kind switch
            {
                InvoiceKind.Prepayment => "386",
                InvoiceKind.CreditNote => "381",
                _ => "380",
            }),
            details.Footer is { } footer ? Basic("Note", footer) : null,
            Basic("DocumentCurrencyCode", invoice.Currency),
            Basic("BuyerReference", details.BuyerReference ?? invoice.OrderNumber),
            details.BuyerReference is { } reference ? Aggregate("OrderReference", Basic("ID", reference)) : null,
            invoice.RefersTo is { } corrected ? Aggregate("BillingReference", Aggregate("InvoiceDocumentReference", Basic("ID", corrected))) : null,
            Aggregate("AccountingSupplierParty", Seller(details.Seller)),
            Aggregate("AccountingCustomerParty", Buyer(details.Buyer, details.Seller.PostalAddress?.CountryCode)),
            details.DeliveryDate is { } delivered ? Aggregate("Delivery", Basic("ActualDeliveryDate", Day(delivered))) : null,
            details.BankAccount is { } bank && !credit
                ? Aggregate("PaymentMeans",
                    Basic("PaymentMeansCode", "58"), // SEPA credit transfer
                    Basic("PaymentID", invoice.Number),
                    Aggregate("PayeeFinancialAccount", Basic("ID", bank.Iban), bank.AccountHolder is { } holder ? Basic("Name", holder) : null,
                        bank.Bic is { } bic ? Aggregate("FinancialInstitutionBranch", Basic("ID", bic)) : null))
                : null,
            details.PaymentTermsDays is { } days ? Aggregate("PaymentTerms", Basic("Note", $"{days} days net")) : null,
            TaxTotal(invoice, details),
            Aggregate("LegalMonetaryTotal",
                Money("LineExtensionAmount", details.Line.Net, invoice.Currency),
                Money("TaxExclusiveAmount", invoice.Net, invoice.Currency),
                Money("TaxInclusiveAmount", invoice.Gross, invoice.Currency),
                invoice.Deducted > 0 ? Money("PrepaidAmount", invoice.Deducted, invoice.Currency) : null,
                Money("PayableAmount", invoice.Payable, invoice.Currency)),
            Line(invoice, details, credit));
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), document);
    }

    private static XElement TaxTotal(InvoiceView invoice, InvoiceDetails details) =>
        Aggregate("TaxTotal",
            Money("TaxAmount", invoice.Vat, invoice.Currency),
            details.Vat.Select(rate => Aggregate("TaxSubtotal",
                Money("TaxableAmount", rate.Taxable, invoice.Currency),
                Money("TaxAmount", rate.Tax, invoice.Currency),
                Category("TaxCategory", rate.Percent))));

    private static XElement Line(InvoiceView invoice, InvoiceDetails details, bool credit)
    {
        var line = details.Line;
        return Aggregate(credit ? "CreditNoteLine" : "InvoiceLine",
            Basic("ID", "1"),
            new XElement(Cbc + (credit ? "CreditedQuantity" : "InvoicedQuantity"), new XAttribute("unitCode", "C62"), line.Quantity.ToString(CultureInfo.InvariantCulture)),
            Money("LineExtensionAmount", line.Net, invoice.Currency),
            Aggregate("Item", Basic("Name", line.Description), Category("ClassifiedTaxCategory", details.Vat.IsDefaultOrEmpty ? 0 : details.Vat[0].Percent)),
            // The price is for the whole quantity: price x quantity / base quantity is the line's amount exactly, unrounded.
            Aggregate("Price", Money("PriceAmount", line.Net, invoice.Currency),
                new XElement(Cbc + "BaseQuantity", new XAttribute("unitCode", "C62"), line.Quantity.ToString(CultureInfo.InvariantCulture))));
    }

    private static XElement Seller(InvoiceParty seller) =>
        Aggregate("Party",
            seller.Email is { } email ? new XElement(Cbc + "EndpointID", new XAttribute("schemeID", "EM"), email) : null,
            Address(seller.PostalAddress!),
            seller.VatId is { } vatId ? TaxScheme(vatId, "VAT") : null,
            seller.TaxNumber is { } taxNumber ? TaxScheme(taxNumber, "FC") : null,
            Aggregate("PartyLegalEntity", Basic("RegistrationName", seller.Name)),
            seller.Phone is not null || seller.Email is not null
                ? Aggregate("Contact", seller.Phone is { } phone ? Basic("Telephone", phone) : null, seller.Email is { } mail ? Basic("ElectronicMail", mail) : null)
                : null);

    private static XElement Buyer(InvoiceParty buyer, string? sellerCountry) =>
        Aggregate("Party",
            buyer.CustomerNumber is { } number ? Aggregate("PartyIdentification", Basic("ID", number)) : null,
            BuyerAddress(buyer.Address, CountryOf(buyer.VatId) ?? sellerCountry ?? "DE"),
            buyer.VatId is { } vatId ? TaxScheme(vatId, "VAT") : null,
            Aggregate("PartyLegalEntity", Basic("RegistrationName", buyer.Name)),
            buyer.ContactName is not null || buyer.Email is not null
                ? Aggregate("Contact", buyer.ContactName is { } name ? Basic("Name", name) : null, buyer.Email is { } mail ? Basic("ElectronicMail", mail) : null)
                : null);

    private static XElement Address(PostalAddress address) =>
        Aggregate("PostalAddress",
            Basic("StreetName", address.Street),
            address.AdditionalLine is { } additional ? Basic("AdditionalStreetName", additional) : null,
            Basic("CityName", address.City),
            Basic("PostalZone", address.PostalCode),
            Aggregate("Country", Basic("IdentificationCode", address.CountryCode)));

    /// <summary>
    /// A billing address kept as lines of text: a line that starts with a postal code is the code and the city, the
    /// first other line the street, the next one an additional line. The country comes from the buyer's VAT id, or
    /// is the seller's: EN 16931 requires one and the master keeps none.
    /// </summary>
    private static XElement BuyerAddress(string? text, string country)
    {
        var lines = (text ?? "").ReplaceLineEndings("\n").Split(['\n', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var town = lines.Select(line => PostalCodeAndCity().Match(line)).FirstOrDefault(match => match.Success);
        var others = lines.Where(line => town is null || line != town.Value).ToArray();
        return Aggregate("PostalAddress",
            others.Length > 0 ? Basic("StreetName", others[0]) : null,
            others.Length > 1 ? Basic("AdditionalStreetName", string.Join(", ", others[1..])) : null,
            town is not null ? Basic("CityName", town.Groups["city"].Value) : null,
            town is not null ? Basic("PostalZone", town.Groups["code"].Value) : null,
            Aggregate("Country", Basic("IdentificationCode", country)));
    }

    /// <summary>The country of a VAT id's prefix (Greece writes EL, Northern Ireland XI).</summary>
    private static string? CountryOf(string? vatId) => vatId is { Length: >= 2 } && char.IsAsciiLetterUpper(vatId[0]) && char.IsAsciiLetterUpper(vatId[1])
        ? vatId[..2] switch { "EL" => "GR", "XI" => "GB", var prefix => prefix }
        : null;

    private static XElement TaxScheme(string id, string scheme) =>
        Aggregate("PartyTaxScheme", Basic("CompanyID", id), Aggregate("TaxScheme", Basic("ID", scheme)));

    private static XElement Category(string name, decimal percent) =>
        Aggregate(name, Basic("ID", percent > 0 ? "S" : "Z"), Basic("Percent", percent.ToString("0.##", CultureInfo.InvariantCulture)),
            Aggregate("TaxScheme", Basic("ID", "VAT")));

    private static XElement Money(string name, decimal amount, string currency) =>
        new(Cbc + name, new XAttribute("currencyID", currency), amount.ToString("0.00", CultureInfo.InvariantCulture));

    private static XElement Basic(string name, string value) => new(Cbc + name, value);

    private static XElement Aggregate(string name, params object?[] content) => new(Cac + name, content);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<code>[A-Z]{0,2}-?\d{3,6}(?: ?[A-Z]{2})?)\s+(?<city>\D.*)$")]
    private static partial Regex PostalCodeAndCity();
}
