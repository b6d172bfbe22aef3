using System.Collections.Immutable;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Routing;
using DexFlow.Grains.Indexing;
using DexFlow.Grains.Routing;

namespace DexFlow.Domain.Tests.Routing;

public sealed class RoutingRulesTests
{
    private static readonly CompiledRules Defaults = CompiledRules.Compile(DefaultRules.Rules, 1, new BarcodeConventions());

    [Fact]
    public void A_document_with_an_order_barcode_goes_to_that_order_and_says_which_rule_decided()
    {
        var decision = Defaults.Evaluate(Facts(barcodes: [new Barcode("CODE_128", "DXF-O-2026-000101"), new Barcode("EAN_13", "4006381333931")]));

        Assert.Equal((RoutingOutcome.AttachToOrder, "2026-000101", "order-barcode", 1), (decision.Outcome, decision.OrderNumber, decision.RuleId, decision.RuleSetVersion));
    }

    [Theory]
    [InlineData(null, "Re: Order 2026-000186 proof approved", null, "2026-000186", "order-in-subject")]
    [InlineData("2026-000161", null, null, "2026-000161", "cover-sheet-order")]
    [InlineData(null, null, "2026-000136", "2026-000136", "order-in-text")]
    public void The_order_may_also_come_from_a_cover_sheet_the_subject_or_the_text(string? cover, string? subject, string? field, string expected, string rule)
    {
        var decision = Defaults.Evaluate(Facts(cover: cover, subject: subject, fields: field is null ? [] : [new FieldValue(FieldNames.OrderNumber, field, 0.9, "text")]));

        Assert.Equal((RoutingOutcome.AttachToOrder, expected, rule), (decision.Outcome, decision.OrderNumber, decision.RuleId));
    }

    [Theory]
    [InlineData(DocumentType.OrderForm, RoutingOutcome.CreateDraftOrder, null)]
    [InlineData(DocumentType.Invoice, RoutingOutcome.Inbox, "Accountant")]
    [InlineData(DocumentType.CreditNote, RoutingOutcome.Inbox, "Accountant")]
    [InlineData(DocumentType.PaperDescription, RoutingOutcome.Exception, null)]
    [InlineData(null, RoutingOutcome.Exception, null)]
    public void Without_an_order_reference_the_document_type_decides(DocumentType? type, RoutingOutcome outcome, string? role)
    {
        var decision = Defaults.Evaluate(Facts(type: type, barcodes: [new Barcode("EAN_13", "4006381333931")]));

        Assert.Equal((outcome, role), (decision.Outcome, decision.Role));
    }

    [Fact]
    public void A_document_a_clerk_must_check_waits_whatever_it_carries()
    {
        var decision = Defaults.Evaluate(Facts(needsReview: true, barcodes: [new Barcode("CODE_128", "DXF-O-2026-000101")]));

        Assert.Equal((RoutingOutcome.ManualIndexing, "needs-review"), (decision.Outcome, decision.RuleId));
    }

    [Fact]
    public void A_rule_that_continues_adds_its_priority_and_the_next_rule_decides()
    {
        var rules = Compile(
            Rule("urgent", [new RuleCondition("subject", "contains", "URGENT", null)], [new RuleAction("setPriority", null, null, 7, null)], @continue: true),
            Rule("invoices", [new RuleCondition("documentType", "equals", "invoice", null)], [new RuleAction("sendToInbox", null, "Accountant", null, "pay it")]));

        var decision = rules.Evaluate(Facts(type: DocumentType.Invoice, subject: "urgent: invoice 77"));

        Assert.Equal((RoutingOutcome.Inbox, 7, "invoices", "pay it"), (decision.Outcome, decision.Priority, decision.RuleId, decision.Reason));
        Assert.Equal(["urgent", "invoices"], decision.MatchedRules.ToArray());
    }

    [Fact]
    public void An_attach_rule_that_finds_no_order_number_leaves_the_document_to_the_next_rule()
    {
        var rules = Compile(
            Rule("attach", [], [new RuleAction("attachToOrder", "barcode", null, null, null)]),
            Rule("fallback", [], [new RuleAction("exception", null, null, null, "nothing else")]));

        Assert.Equal(RoutingOutcome.Exception, rules.Evaluate(Facts()).Outcome);
        Assert.Equal("2026-000001", rules.Evaluate(Facts(barcodes: [new Barcode("QR_CODE", "DXF-O-2026-000001")])).OrderNumber);
    }

    [Fact]
    public void Barcode_conditions_can_name_the_symbology_and_fields_their_confidence()
    {
        var rules = Compile(Rule("qr-low", [
            new RuleCondition("barcode", "matches", "^https?://", "QR_CODE"),
            new RuleCondition("fieldConfidence.customer_name", "lessThan", "0.5", null),
        ], [new RuleAction("manualIndexing", null, null, null, null)]));

        Assert.Equal(RoutingOutcome.ManualIndexing, rules.Evaluate(Facts(barcodes: [new Barcode("QR_CODE", "https://example.org")],
            fields: [new FieldValue(FieldNames.CustomerName, "Acme", 0.3, "text")])).Outcome);
        Assert.Equal(RoutingOutcome.Exception, rules.Evaluate(Facts(barcodes: [new Barcode("CODE_128", "https://example.org")],
            fields: [new FieldValue(FieldNames.CustomerName, "Acme", 0.3, "text")])).Outcome);
    }

    [Fact]
    public void A_rule_set_is_checked_whole_and_every_problem_named()
    {
        var broken = new RoutingRules([
            Rule("a", [new RuleCondition("colour", "equals", "red", null)], [new RuleAction("teleport", null, null, null, null)]),
            Rule("a", [new RuleCondition("text", "matches", "([unclosed", null)], [new RuleAction("sendToInbox", null, "Janitor", null, null)]),
            Rule("b", [new RuleCondition("pageCount", "greaterThan", "many", null)], []),
        ]);

        var error = Assert.Throws<ValidationException>(() => CompiledRules.Compile(broken, 2, new BarcodeConventions()));

        Assert.Equal(
            ["rules[0].actions[0].kind", "rules[0].conditions[0].fact", "rules[1].actions[0].role", "rules[1].conditions[0].value", "rules[1].id",
             "rules[2].actions", "rules[2].conditions[0].value"],
            error.Errors.Keys.Order());
    }

    [Fact]
    public void A_rule_behind_one_that_decides_every_document_is_named_as_never_reached()
    {
        var shadowed = new RoutingRules([
            Rule("priority", [], [new RuleAction("setPriority", null, null, 3, null)], @continue: true),
            Rule("by-barcode", [], [new RuleAction("attachToOrder", "barcode", null, null, null)]),
            Rule("catch-all", [], [new RuleAction("exception", null, null, null, null)]),
            Rule("invoices", [new RuleCondition("documentType", "equals", "Invoice", null)], [new RuleAction("sendToInbox", null, "Accountant", null, null)]),
        ]);

        var error = Assert.Throws<ValidationException>(() => CompiledRules.Compile(shadowed, 2, new BarcodeConventions()));

        Assert.Equal(["rules[3]"], error.Errors.Keys);
        Assert.Contains("'catch-all'", error.Errors["rules[3]"][0]);
    }

    [Fact]
    public void A_file_nothing_could_be_read_from_is_an_exception_even_when_the_subject_names_an_order()
    {
        var decision = Defaults.Evaluate(Facts(subject: "price sheet order 2026-000197") with { Unreadable = true, Text = "", PageCount = 0 });

        Assert.Equal((RoutingOutcome.Exception, "unreadable-file", "the file could not be read"), (decision.Outcome, decision.RuleId, decision.Reason));
    }

    private static CompiledRules Compile(params RoutingRule[] rules) => CompiledRules.Compile(new RoutingRules([.. rules]), 5, new BarcodeConventions());

    private static RoutingRule Rule(string id, RuleCondition[] conditions, RuleAction[] actions, bool @continue = false) =>
        new(id, null, true, [.. conditions], [.. actions], @continue);

    internal static RoutingFacts Facts(DocumentType? type = null, ImmutableArray<Barcode> barcodes = default, ImmutableArray<FieldValue> fields = default,
        string? subject = null, string? cover = null, bool needsReview = false) =>
        new("p-000000000000000000000000", 0, "Upload", "rest-upload", "someone@example.org", subject, "scan.pdf", type, type is null ? 0 : 0.9,
            barcodes.IsDefault ? [] : barcodes, fields.IsDefault ? [] : fields, "text of the document", 1, cover, needsReview);
}
