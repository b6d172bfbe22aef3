using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.Json.Nodes;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Routing;
using DexFlow.Grains.Indexing;
using DexFlow.Grains.Routing;

namespace DexFlow.Benchmarks;

/// <summary>
/// Rule evaluations per second on one thread: 200 rules of the kinds an installation grows (per supplier, per customer,
/// per capture point, by text and by barcode) in front of DexFlow's default rules, over the facts of every sample
/// document. Most documents fall through to the default rules, so most evaluations test nearly every rule.
/// </summary>
public static class RuleEvaluation
{
    public sealed record Figures(int Rules, int Documents, long Evaluations, double PerSecond);

    public static Figures Run(string samples, TimeSpan duration)
    {
        var rules = CompiledRules.Compile(TwoHundredRules(), 1, new BarcodeConventions());
        var facts = SampleFacts(samples);
        Evaluate(rules, facts, TimeSpan.FromSeconds(1)); // warm-up: JIT and compiled regular expressions
        var (evaluations, elapsed) = Evaluate(rules, facts, duration);
        return new Figures(rules.Count, facts.Length, evaluations, evaluations / elapsed.TotalSeconds);
    }

    private static (long Evaluations, TimeSpan Elapsed) Evaluate(CompiledRules rules, RoutingFacts[] facts, TimeSpan duration)
    {
        var watch = Stopwatch.StartNew();
        long evaluations = 0;
        var decided = 0;
        while (watch.Elapsed < duration)
        {
            foreach (var document in facts)
            {
                decided += (int)rules.Evaluate(document).Outcome;
            }

            evaluations += facts.Length;
        }

        GC.KeepAlive(decided);
        return (evaluations, watch.Elapsed);
    }

    private static RoutingRules TwoHundredRules()
    {
        var grown = new List<RoutingRule>();
        for (var n = 0; n < 60; n++)
        {
            grown.Add(Rule($"supplier-{n}", [When("sender", "matches", $@"@supplier{n}\.example$"), When("documentType", "in", "Invoice,CreditNote")],
                new RuleAction("sendToInbox", null, "Accountant", n % 10, $"invoice from supplier {n}")));
        }

        for (var n = 0; n < 50; n++)
        {
            grown.Add(Rule($"customer-{n}", [When("field.customer_name", "equals", $"Customer {n} GmbH"), When("documentType", "equals", "OrderForm")],
                new RuleAction("createDraftOrder", null, null, null, $"purchase order of customer {n}")));
        }

        for (var n = 0; n < 40; n++)
        {
            grown.Add(Rule($"scanner-{n}", [When("capturePoint", "equals", $"scanner-{n}"), When("pageCount", "greaterThan", "20")],
                new RuleAction("manualIndexing", null, null, null, $"long batch from scanner {n}")));
        }

        for (var n = 0; n < 30; n++)
        {
            grown.Add(Rule($"keyword-{n}", [When("text", "contains", $"embargo notice {n}")],
                new RuleAction("exception", null, null, null, $"embargo notice {n}")));
        }

        for (var n = 0; n < 11; n++)
        {
            grown.Add(Rule($"partner-code-{n}", [new RuleCondition("barcode", "matches", $@"^P{n:00}-\d{{6}}$", "QR_CODE")],
                new RuleAction("sendToInbox", null, "Planner", null, $"partner {n} job ticket")));
        }

        return new RoutingRules([.. grown, .. DefaultRules.Rules.Rules]);
    }

    private static RoutingRule Rule(string id, RuleCondition[] conditions, RuleAction action) => new(id, null, true, [.. conditions], [action], false);

    private static RuleCondition When(string fact, string op, string value) => new(fact, op, value, null);

    /// <summary>Each sample document's facts as indexing would find them, from the samples' truth files.</summary>
    private static RoutingFacts[] SampleFacts(string samples) =>
        [.. Directory.GetFiles(samples, "s*.truth.json").Order().SelectMany(path => FactsOf(JsonNode.Parse(File.ReadAllText(path))!))];

    private static IEnumerable<RoutingFacts> FactsOf(JsonNode truth)
    {
        var documents = truth["documents"]?.AsArray() ?? [];
        var text = truth["text"]?.GetValue<string>() ?? "";
        var sender = truth["email"]?["from"]?.GetValue<string>();
        var subject = truth["email"]?["subject"]?.GetValue<string>();
        return documents.Select((document, index) => new RoutingFacts(
            truth["id"]!.GetValue<string>(), index, truth["channel"]?.GetValue<string>() ?? "upload", "capture-" + truth["channel"], sender, subject,
            truth["file"]!.GetValue<string>(),
            Enum.TryParse<DocumentType>(document!["document_type"]?.GetValue<string>(), ignoreCase: true, out var type) ? type : null, 0.8,
            [.. (document["barcodes"]?.AsArray() ?? []).Select(code => new Barcode(code!["format"]!.GetValue<string>(), code["text"]!.GetValue<string>()))],
            [.. (document["fields"]?.AsObject() ?? []).Where(field => field.Value is JsonValue)
                .Select(field => new FieldValue(field.Key, field.Value!.ToString(), 0.9, "text"))],
            text, document["page_count"]?.GetValue<int>() ?? 1, null, false));
    }
}
