using DexFlow.Contracts.Routing;

namespace DexFlow.Grains.Routing;

/// <summary>
/// The rules DexFlow starts with (domain.md §3 and the barcode conventions), version 1 until an administrator
/// publishes another: a file nothing could be read from is an exception; documents a clerk must check wait for one; a document naming an order (cover sheet, barcode,
/// e-mail subject, "order no. …" in its text) goes to that order; a purchase order without one becomes a draft; a
/// supplier's invoice or credit note goes to accounting; anything else to the exception queue.
/// </summary>
public static class DefaultRules
{
    public static RoutingRules Rules { get; } = new(
    [
        Rule("unreadable-file", "A file nothing could be read from (e.g. an Outlook winmail.dat)", [When("unreadable", "equals", "true")],
            [new RuleAction("exception", null, null, null, "the file could not be read")]),
        Rule("needs-review", "Automation is not confident: a clerk indexes it", [When("needsReview", "equals", "true")], [Do("manualIndexing")]),
        Rule("cover-sheet-order", "A cover sheet names the order", [When("coverSheetOrder", "exists")], [Attach("coverSheet")]),
        Rule("order-barcode", "DexFlow's order barcode names the order", [When("orderBarcode", "exists")], [Attach("barcode")]),
        Rule("order-in-subject", "The e-mail subject names the order", [When("subject", "matches", @"\border\s*(no\.?|number)?\s*[:#]?\s*20\d{2}-\d{6}")], [Attach("subject")]),
        Rule("order-in-text", "The text names the order (\"order no. …\")", [When("field.order_number", "exists")], [Attach("field")]),
        Rule("purchase-order", "A purchase order without an order reference becomes a draft", [When("documentType", "equals", "OrderForm")], [Do("createDraftOrder")]),
        Rule("supplier-invoice", "Suppliers' invoices and credit notes go to accounting", [When("documentType", "in", "Invoice,CreditNote")],
            [new RuleAction("sendToInbox", null, "Accountant", null, "a supplier's invoice or credit note")]),
        Rule("everything-else", "A readable document no rule claims", [], [new RuleAction("exception", null, null, null, "no rule claims this document")]),
    ]);

    private static RoutingRule Rule(string id, string description, RuleCondition[] conditions, RuleAction[] actions) =>
        new(id, description, true, [.. conditions], [.. actions], false);

    private static RuleCondition When(string fact, string op, string? value = null) => new(fact, op, value, null);

    private static RuleAction Do(string kind) => new(kind, null, null, null, null);

    private static RuleAction Attach(string source) => new("attachToOrder", source, null, null, null);
}
