using System.ComponentModel;
using System.Collections.Immutable;

namespace DexFlow.Contracts.Routing;

/// <summary>
/// An ordered list of rules, first match wins unless a matching rule says <see cref="RoutingRule.Continue"/>. Data,
/// not code: edited by administrators through the API, every edit a new version.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.routing-rules")]
public sealed record RoutingRules([property: Id(0)] ImmutableArray<RoutingRule> Rules);

/// <summary>
/// A rule: when all its conditions hold for a document, its actions apply. <see cref="Continue"/> lets later rules
/// add to the decision (for example a priority rule before the rules that route).
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.routing-rule")]
public sealed record RoutingRule(
    [property: Id(0)] string Id,
    [property: Id(1)] string? Description,
    [property: Id(2)] bool Enabled,
    [property: Id(3)] ImmutableArray<RuleCondition> Conditions,
    [property: Id(4)] ImmutableArray<RuleAction> Actions,
    [property: Id(5)] bool Continue);

/// <summary>
/// One test of a fact. Facts: <c>channel</c>, <c>capturePoint</c>, <c>sender</c>, <c>subject</c>, <c>fileName</c>,
/// <c>documentType</c>, <c>documentTypeConfidence</c>, <c>barcode</c> (any barcode's text; <see cref="Symbology"/>
/// narrows it to one format), <c>field.&lt;name&gt;</c>, <c>fieldConfidence.&lt;name&gt;</c>, <c>text</c>,
/// <c>pageCount</c>, <c>needsReview</c>, <c>unreadable</c> (the file could not be read at all). Operators: <c>equals</c>, <c>notEquals</c>, <c>contains</c>,
/// <c>matches</c> (regular expression), <c>exists</c>, <c>notExists</c>, <c>greaterThan</c>, <c>lessThan</c>,
/// <c>in</c> (comma-separated values). Text comparisons ignore case.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.rule-condition")]
public sealed record RuleCondition(
    [property: Id(0), Description("channel, capturePoint, sender, subject, fileName, documentType, documentTypeConfidence, barcode, field.<name>, fieldConfidence.<name>, text, pageCount, needsReview or unreadable.")] string Fact,
    [property: Id(1), Description("equals, notEquals, contains, matches (a regular expression), exists, notExists, greaterThan, lessThan or in (comma-separated values); text comparisons ignore case.")] string Operator,
    [property: Id(2)] string? Value,
    [property: Id(3), Description("With the barcode fact: only barcodes of this format (e.g. CODE_128, QR_CODE, DATA_MATRIX).")] string? Symbology);

/// <summary>
/// What a matching rule does. Kinds: <c>attachToOrder</c> (the order named by <see cref="OrderFrom"/>:
/// <c>barcode</c>, <c>coverSheet</c>, <c>subject</c>, <c>field</c>, or <c>any</c> of them in that order),
/// <c>createDraftOrder</c>, <c>sendToInbox</c> (<see cref="Role"/>), <c>manualIndexing</c>, <c>exception</c>,
/// <c>setPriority</c> (<see cref="Priority"/>), <c>stop</c>.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.rule-action")]
public sealed record RuleAction(
    [property: Id(0), Description("attachToOrder, createDraftOrder, sendToInbox, manualIndexing, exception, setPriority or stop.")] string Kind,
    [property: Id(1), Description("With attachToOrder: where the order number comes from: barcode, coverSheet, subject, field or any.")] string? OrderFrom,
    [property: Id(2), Description("With sendToInbox: the role whose inbox gets the document: Manager, Accountant, QA, Planner, Operator, Clerk, Administrator or Auditor.")] string? Role,
    [property: Id(3)] int? Priority,
    [property: Id(4)] string? Reason);
