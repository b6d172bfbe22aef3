using System.Text.RegularExpressions;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Parcels;

namespace DexFlow.Grains.Indexing;

/// <summary>
/// The default routes of domain.md §3, first match wins: a document naming an order (barcode, cover sheet, the e-mail
/// subject, or "order no. …" in its text) belongs to that order; a purchase order without one becomes a new draft;
/// a supplier's invoice or credit note goes to accounting; anything else to the exception queue. Configurable
/// routing rules replace this with the routing issue.
/// </summary>
public static partial class DefaultRouter
{
    public static RouteView Route(DocumentType? type, IReadOnlyList<FieldValue> fields, string? coverOrder, string? subject)
    {
        if (coverOrder is not null)
        {
            return new RouteView(RouteKind.AttachToOrder, coverOrder, "order barcode on the cover sheet");
        }

        if (fields.FirstOrDefault(field => field is { Name: FieldNames.OrderNumber, Source: "barcode" or "clerk" }) is { } coded)
        {
            return new RouteView(RouteKind.AttachToOrder, coded.Value, coded.Source == "clerk" ? "order number given by a clerk" : "order barcode on the document");
        }

        if (subject is not null && SubjectOrder().Match(subject) is { Success: true } mentioned)
        {
            return new RouteView(RouteKind.AttachToOrder, mentioned.Groups[1].Value, "order number in the e-mail subject");
        }

        if (fields.FirstOrDefault(field => field.Name == FieldNames.OrderNumber) is { } written)
        {
            return new RouteView(RouteKind.AttachToOrder, written.Value, "order number in the text");
        }

        return type switch
        {
            DocumentType.OrderForm => new RouteView(RouteKind.NewOrderDraft, null, "a purchase order without an order reference"),
            DocumentType.Invoice or DocumentType.CreditNote => new RouteView(RouteKind.AccountingInbox, null, "a supplier's invoice or credit note"),
            _ => new RouteView(RouteKind.Exception, null, type is null ? "the document type is unknown" : $"no rule routes a {type} without an order reference"),
        };
    }

    [GeneratedRegex(@"\border\s*(?:no\.?|number|nr\.?)?\s*[:#]?\s*(20\d{2}-\d{6})\b", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectOrder();
}
