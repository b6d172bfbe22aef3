using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Routing;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Indexing;

namespace DexFlow.Grains.Routing;

/// <summary>
/// A rule set checked and compiled once into delegates (regular expressions compiled, values parsed), then evaluated
/// for any number of documents. Evaluation is pure: first match wins unless the rule says continue; an attach action
/// that finds no order number does not match, so the next rule gets its turn. DexFlow's own order barcode is read by
/// the shop's <see cref="BarcodeConventions"/>, the same ones its PDFs are printed with.
/// </summary>
public sealed partial class CompiledRules
{
    private static readonly TimeSpan RegexBudget = TimeSpan.FromMilliseconds(100);

    private sealed record Rule(string Id, Func<FactsInEvaluation, bool>[] Conditions, RuleAction[] Actions, bool Continue);

    /// <summary>One document's facts while the rules are tested, with what many conditions need worked out once.</summary>
    private sealed class FactsInEvaluation(RoutingFacts facts)
    {
        private string? _lowerText;

        public RoutingFacts Facts { get; } = facts;

        /// <summary>The text in lower case, so that "text contains" is an ordinal (vectorised) search however many rules ask.</summary>
        public string LowerText => _lowerText ??= Facts.Text.ToLowerInvariant();
    }

    private readonly Rule[] _rules;
    private readonly BarcodeConventions _codes;

    private CompiledRules(int version, Rule[] rules, BarcodeConventions codes)
    {
        Version = version;
        _rules = rules;
        _codes = codes;
    }

    public int Version { get; }

    public int Count => _rules.Length;

    /// <summary>Checks and compiles the rules; throws <see cref="ValidationException"/> naming every problem.</summary>
    public static CompiledRules Compile(RoutingRules rules, int version, BarcodeConventions codes)
    {
        var problems = new Dictionary<string, string[]>();
        void Problem(string path, string message) => problems[path] = [.. problems.GetValueOrDefault(path, []), message];

        var compiled = new List<Rule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        string? catchAll = null;
        var list = rules.Rules.IsDefault ? [] : rules.Rules;
        for (var index = 0; index < list.Length; index++)
        {
            var rule = list[index];
            var path = $"rules[{index}]";
            if (string.IsNullOrWhiteSpace(rule.Id) || !ids.Add(rule.Id))
            {
                Problem($"{path}.id", string.IsNullOrWhiteSpace(rule.Id) ? "Required." : $"'{rule.Id}' is used by an earlier rule.");
            }

            var conditions = (rule.Conditions.IsDefault ? [] : rule.Conditions)
                .Select((condition, at) => CompileCondition(condition, $"{path}.conditions[{at}]", codes, Problem))
                .ToArray();
            var actions = rule.Actions.IsDefault ? [] : rule.Actions;
            if (actions.IsEmpty)
            {
                Problem($"{path}.actions", "A rule needs at least one action.");
            }

            for (var at = 0; at < actions.Length; at++)
            {
                CheckAction(actions[at], $"{path}.actions[{at}]", Problem);
            }

            if (rule.Enabled && catchAll is not null)
            {
                Problem(path, $"Never reached: rule '{catchAll}' before it decides every document.");
            }

            if (rule.Enabled && conditions.Length == 0 && !rule.Continue && actions.Any(action => action.Kind is not ("attachToOrder" or "setPriority")))
            {
                catchAll ??= rule.Id;
            }

            if (rule.Enabled)
            {
                compiled.Add(new Rule(rule.Id, [.. conditions.OfType<Func<FactsInEvaluation, bool>>()], [.. actions], rule.Continue));
            }
        }

        return problems.Count == 0 ? new CompiledRules(version, [.. compiled], codes) : throw new ValidationException(problems);
    }

    public RoutingDecision Evaluate(RoutingFacts document)
    {
        var facts = new FactsInEvaluation(document);
        RoutingOutcome? outcome = null;
        string? order = null, role = null, decidedBy = null, reason = null;
        var priority = 0;
        var matched = ImmutableArray.CreateBuilder<string>();
        foreach (var rule in _rules)
        {
            if (!Holds(rule, facts))
            {
                continue;
            }

            var applied = false;
            var stop = false;
            foreach (var action in rule.Actions)
            {
                RoutingOutcome? decided = action.Kind switch
                {
                    "attachToOrder" when OrderFrom(document, action.OrderFrom ?? "any") is { } number => (order = number) is not null ? RoutingOutcome.AttachToOrder : null,
                    "createDraftOrder" => RoutingOutcome.CreateDraftOrder,
                    "sendToInbox" => (role = action.Role) is not null ? RoutingOutcome.Inbox : null,
                    "manualIndexing" => RoutingOutcome.ManualIndexing,
                    "exception" => RoutingOutcome.Exception,
                    _ => null,
                };
                if (decided is not null)
                {
                    (outcome, decidedBy, applied) = (decided, rule.Id, true);
                }
                else if (action.Kind == "setPriority")
                {
                    (priority, applied) = (action.Priority ?? 0, true);
                }
                else if (action.Kind == "stop")
                {
                    (stop, applied) = (true, true);
                }

                if (applied && action.Reason is not null)
                {
                    reason = action.Reason;
                }
            }

            if (!applied)
            {
                continue; // an attach action that found no order number: the rule does not apply
            }

            matched.Add(rule.Id);
            if (stop || (decidedBy == rule.Id && !rule.Continue))
            {
                break;
            }
        }

        return new RoutingDecision(
            outcome ?? RoutingOutcome.Exception,
            outcome == RoutingOutcome.AttachToOrder ? order : null,
            outcome == RoutingOutcome.Inbox ? role : null,
            priority,
            Version,
            decidedBy,
            matched.ToImmutable(),
            reason ?? (decidedBy is null ? "no rule matched" : $"rule '{decidedBy}'"));
    }

    private static bool Holds(Rule rule, FactsInEvaluation facts)
    {
        foreach (var condition in rule.Conditions)
        {
            if (!condition(facts))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The order number an attach action names, from the source it asks for.</summary>
    private string? OrderFrom(RoutingFacts facts, string source) => source switch
    {
        "barcode" => _codes.OrderOf(facts.Barcodes),
        "coverSheet" => facts.CoverSheetOrder,
        "subject" => facts.Subject is not null && SubjectOrder().Match(facts.Subject) is { Success: true } match ? match.Groups[1].Value : null,
        "field" => facts.Fields.FirstOrDefault(field => field.Name == FieldNames.OrderNumber)?.Value,
        _ => OrderFrom(facts, "coverSheet") ?? OrderFrom(facts, "barcode") ?? OrderFrom(facts, "subject") ?? OrderFrom(facts, "field"),
    };

    private static Func<FactsInEvaluation, bool>? CompileCondition(RuleCondition condition, string path, BarcodeConventions codes, Action<string, string> problem)
    {
        var fact = condition.Fact ?? "";
        if (!RuleFacts.Plain.Contains(fact) && !IsFieldFact(fact))
        {
            problem($"{path}.fact", $"'{fact}' is no fact DexFlow knows.");
            return null;
        }

        if (!RuleFacts.Operators.Contains(condition.Operator ?? ""))
        {
            problem($"{path}.operator", $"'{condition.Operator}' is no operator DexFlow knows.");
            return null;
        }

        var value = condition.Value ?? "";
        if (condition.Operator is not ("exists" or "notExists") && condition.Value is null)
        {
            problem($"{path}.value", "Required for this operator.");
            return null;
        }

        if (condition.Operator is "greaterThan" or "lessThan" && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            problem($"{path}.value", "Must be a number.");
            return null;
        }

        Regex? regex = null;
        if (condition.Operator == "matches")
        {
            try
            {
                regex = new Regex(value, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexBudget);
            }
            catch (ArgumentException exception)
            {
                problem($"{path}.value", $"Not a valid regular expression: {exception.Message}");
                return null;
            }
        }

        if (fact == RuleFacts.Text && condition.Operator == "contains")
        {
            var lower = value.ToLowerInvariant();
            return facts => facts.LowerText.Contains(lower, StringComparison.Ordinal);
        }

        var test = Test(condition.Operator!, value, regex);
        if (fact == RuleFacts.Barcode)
        {
            var symbology = condition.Symbology;
            return condition.Operator is "notExists" or "notEquals"
                ? facts => facts.Facts.Barcodes.Where(code => symbology is null || code.Format.Equals(symbology, StringComparison.OrdinalIgnoreCase)).All(code => test(code.Text))
                : facts => facts.Facts.Barcodes.Any(code => (symbology is null || code.Format.Equals(symbology, StringComparison.OrdinalIgnoreCase)) && test(code.Text));
        }

        var read = Reader(fact, codes);
        return facts => test(read(facts.Facts));
    }

    private static void CheckAction(RuleAction action, string path, Action<string, string> problem)
    {
        if (!RuleFacts.Actions.Contains(action.Kind ?? ""))
        {
            problem($"{path}.kind", $"'{action.Kind}' is no action DexFlow knows.");
        }
        else if (action.Kind == "attachToOrder" && action.OrderFrom is not null && !RuleFacts.OrderSources.Contains(action.OrderFrom))
        {
            problem($"{path}.orderFrom", $"'{action.OrderFrom}' is no order source (barcode, coverSheet, subject, field, any).");
        }
        else if (action.Kind == "sendToInbox" && (action.Role is null || RoleNames.Parse([action.Role]) == Roles.None))
        {
            problem($"{path}.role", "Name a role: Manager, Accountant, QA, Planner, Operator, Clerk or Administrator.");
        }
        else if (action.Kind == "setPriority" && action.Priority is not (>= 0 and <= 9))
        {
            problem($"{path}.priority", "Between 0 and 9.");
        }
    }

    private static Func<string?, bool> Test(string op, string value, Regex? regex) => op switch
    {
        "equals" => actual => actual is not null && actual.Equals(value, StringComparison.OrdinalIgnoreCase),
        "notEquals" => actual => actual is null || !actual.Equals(value, StringComparison.OrdinalIgnoreCase),
        "contains" => actual => actual is not null && actual.Contains(value, StringComparison.OrdinalIgnoreCase),
        "matches" => actual => actual is not null && regex!.IsMatch(actual),
        "exists" => actual => !string.IsNullOrEmpty(actual),
        "notExists" => string.IsNullOrEmpty,
        "greaterThan" => actual => Number(actual) > Number(value),
        "lessThan" => actual => Number(actual) < Number(value),
        _ => actual => actual is not null && value.Split(',').Any(candidate => candidate.Trim().Equals(actual, StringComparison.OrdinalIgnoreCase)),
    };

    private static Func<RoutingFacts, string?> Reader(string fact, BarcodeConventions codes) => fact switch
    {
        RuleFacts.Channel => facts => facts.Channel,
        RuleFacts.CapturePoint => facts => facts.CapturePoint,
        RuleFacts.Sender => facts => facts.Sender,
        RuleFacts.Subject => facts => facts.Subject,
        RuleFacts.FileName => facts => facts.FileName,
        RuleFacts.DocumentType => facts => facts.DocumentType?.ToString(),
        RuleFacts.DocumentTypeConfidence => facts => facts.DocumentTypeConfidence.ToString(CultureInfo.InvariantCulture),
        RuleFacts.Text => facts => facts.Text,
        RuleFacts.PageCount => facts => facts.PageCount.ToString(CultureInfo.InvariantCulture),
        RuleFacts.CoverSheetOrder => facts => facts.CoverSheetOrder,
        RuleFacts.OrderBarcode => facts => codes.OrderOf(facts.Barcodes),
        RuleFacts.NeedsReview => facts => facts.NeedsReview ? "true" : "false",
        RuleFacts.Unreadable => facts => facts.Unreadable ? "true" : "false",
        _ when fact.StartsWith(RuleFacts.FieldConfidencePrefix, StringComparison.Ordinal) => FieldConfidence(fact[RuleFacts.FieldConfidencePrefix.Length..]),
        _ => Field(fact[RuleFacts.FieldPrefix.Length..]),
    };

    private static Func<RoutingFacts, string?> Field(string name) =>
        facts => facts.Fields.FirstOrDefault(field => field.Name == name)?.Value;

    private static Func<RoutingFacts, string?> FieldConfidence(string name) =>
        facts => facts.Fields.FirstOrDefault(field => field.Name == name)?.Confidence.ToString(CultureInfo.InvariantCulture);

    private static bool IsFieldFact(string fact) =>
        (fact.StartsWith(RuleFacts.FieldPrefix, StringComparison.Ordinal) && FieldNames.All.Contains(fact[RuleFacts.FieldPrefix.Length..]))
        || (fact.StartsWith(RuleFacts.FieldConfidencePrefix, StringComparison.Ordinal) && FieldNames.All.Contains(fact[RuleFacts.FieldConfidencePrefix.Length..]));

    private static double Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : double.NaN;

    [GeneratedRegex(@"\border\s*(?:no\.?|number|nr\.?)?\s*[:#]?\s*(20\d{2}-\d{6})\b", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectOrder();
}
