using System.Globalization;
using System.Xml.Linq;

namespace DexFlow.Api.Tests;

/// <summary>
/// The business rules of EN 16931 that an invoice of one line and one VAT rate can break, checked on its UBL form
/// (the rule ids are the standard's): mandatory elements, the totals' arithmetic, and the VAT breakdown.
/// </summary>
internal static class En16931Rules
{
    private static readonly XNamespace Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    private static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    public static IReadOnlyList<string> Violations(XDocument document)
    {
        var root = document.Root!;
        var credit = root.Name.LocalName == "CreditNote";
        var broken = new List<string>();
        void Rule(string id, bool holds)
        {
            if (!holds)
            {
                broken.Add(id);
            }
        }

        var seller = root.Element(Cac + "AccountingSupplierParty")?.Element(Cac + "Party");
        var buyer = root.Element(Cac + "AccountingCustomerParty")?.Element(Cac + "Party");
        var totals = root.Element(Cac + "LegalMonetaryTotal");
        var lines = root.Elements(Cac + (credit ? "CreditNoteLine" : "InvoiceLine")).ToArray();
        var subtotals = root.Element(Cac + "TaxTotal")?.Elements(Cac + "TaxSubtotal").ToArray() ?? [];

        Rule("BR-01", Text(root, Cbc + "CustomizationID") is { Length: > 0 });
        Rule("BR-02", Text(root, Cbc + "ID") is { Length: > 0 });
        Rule("BR-03", DateOnly.TryParseExact(Text(root, Cbc + "IssueDate"), "yyyy-MM-dd", out _));
        Rule("BR-04", Text(root, Cbc + (credit ? "CreditNoteTypeCode" : "InvoiceTypeCode")) is "380" or "381" or "386");
        Rule("BR-05", Text(root, Cbc + "DocumentCurrencyCode") is { Length: 3 });
        Rule("BR-06", Text(seller?.Element(Cac + "PartyLegalEntity"), Cbc + "RegistrationName") is { Length: > 0 });
        Rule("BR-07", Text(buyer?.Element(Cac + "PartyLegalEntity"), Cbc + "RegistrationName") is { Length: > 0 });
        Rule("BR-08", seller?.Element(Cac + "PostalAddress") is not null);
        Rule("BR-09", Text(seller?.Element(Cac + "PostalAddress")?.Element(Cac + "Country"), Cbc + "IdentificationCode") is { Length: 2 });
        Rule("BR-10", buyer?.Element(Cac + "PostalAddress") is not null);
        Rule("BR-11", Text(buyer?.Element(Cac + "PostalAddress")?.Element(Cac + "Country"), Cbc + "IdentificationCode") is { Length: 2 });
        Rule("BR-12", totals?.Element(Cbc + "LineExtensionAmount") is not null);
        Rule("BR-13", totals?.Element(Cbc + "TaxExclusiveAmount") is not null);
        Rule("BR-14", totals?.Element(Cbc + "TaxInclusiveAmount") is not null);
        Rule("BR-15", totals?.Element(Cbc + "PayableAmount") is not null);
        Rule("BR-16", lines.Length > 0);
        foreach (var line in lines)
        {
            Rule("BR-21", Text(line, Cbc + "ID") is { Length: > 0 });
            var quantity = line.Element(Cbc + (credit ? "CreditedQuantity" : "InvoicedQuantity"));
            Rule("BR-22", quantity is not null);
            Rule("BR-23", quantity?.Attribute("unitCode")?.Value is { Length: > 0 });
            Rule("BR-24", line.Element(Cbc + "LineExtensionAmount") is not null);
            Rule("BR-25", Text(line.Element(Cac + "Item"), Cbc + "Name") is { Length: > 0 });
            Rule("BR-26", line.Element(Cac + "Price")?.Element(Cbc + "PriceAmount") is not null);
            Rule("BR-27", Amount(line.Element(Cac + "Price"), "PriceAmount") >= 0);
        }

        var lineSum = lines.Sum(line => Amount(line, "LineExtensionAmount"));
        var taxExclusive = Amount(totals, "TaxExclusiveAmount");
        var taxTotal = Amount(root.Element(Cac + "TaxTotal"), "TaxAmount");
        var taxInclusive = Amount(totals, "TaxInclusiveAmount");
        var prepaid = Amount(totals, "PrepaidAmount");
        Rule("BR-CO-10", Amount(totals, "LineExtensionAmount") == lineSum);
        Rule("BR-CO-13", taxExclusive == lineSum);
        Rule("BR-CO-14", taxTotal == subtotals.Sum(subtotal => Amount(subtotal, "TaxAmount")));
        Rule("BR-CO-15", taxInclusive == taxExclusive + taxTotal);
        Rule("BR-CO-16", Amount(totals, "PayableAmount") == taxInclusive - prepaid);
        Rule("BR-CO-18", subtotals.Length > 0);
        Rule("BR-CO-25", credit || Amount(totals, "PayableAmount") <= 0 || root.Element(Cbc + "DueDate") is not null || root.Element(Cac + "PaymentTerms") is not null);
        foreach (var subtotal in subtotals.Where(subtotal => Text(subtotal.Element(Cac + "TaxCategory"), Cbc + "ID") == "S"))
        {
            var percent = decimal.Parse(Text(subtotal.Element(Cac + "TaxCategory"), Cbc + "Percent")!, CultureInfo.InvariantCulture);
            Rule("BR-S-02", seller?.Elements(Cac + "PartyTaxScheme").Any() == true);
            Rule("BR-S-05", percent > 0);
            Rule("BR-S-08", Amount(subtotal, "TaxableAmount") == lineSum);
            // The standard's schematron allows the VAT a unit of rounding either way.
            Rule("BR-S-09", Math.Abs(Amount(subtotal, "TaxAmount") - Math.Round(Amount(subtotal, "TaxableAmount") * percent / 100m, 2, MidpointRounding.AwayFromZero)) < 1m);
        }

        foreach (var amount in root.Descendants().Where(element => element.Attribute("currencyID") is not null))
        {
            Rule("BR-DEC", decimal.Parse(amount.Value, CultureInfo.InvariantCulture).Scale <= 2);
        }

        return broken.Distinct().ToArray();
    }

    private static string? Text(XElement? parent, XName name) => parent?.Element(name)?.Value.Trim();

    private static decimal Amount(XElement? parent, string name) =>
        parent?.Element(Cbc + name) is { } element ? decimal.Parse(element.Value, CultureInfo.InvariantCulture) : 0m;
}
