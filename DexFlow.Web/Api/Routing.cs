namespace DexFlow.Web.Api;

// Mirrors of DexFlow.Contracts' routing shapes. The rules are what the editor changes, so they are records with
// settable properties (the editor binds to them); a draft is always a copy (Clone), never the version in force.

/// <summary>An ordered list of rules, first match wins unless a matching rule says <see cref="RoutingRule.Continue"/>.</summary>
public sealed record RoutingRules
{
    public List<RoutingRule> Rules { get; set; } = [];
}

/// <summary>When all <see cref="Conditions"/> hold for a document, the <see cref="Actions"/> apply.</summary>
public sealed record RoutingRule
{
    public string Id { get; set; } = "";

    public string? Description { get; set; }

    public bool Enabled { get; set; } = true;

    public List<RuleCondition> Conditions { get; set; } = [];

    public List<RuleAction> Actions { get; set; } = [];

    /// <summary>Later rules may add to the decision (e.g. a priority rule before those that route).</summary>
    public bool Continue { get; set; }
}

/// <summary>One test of a fact (the rules editor's vocabulary lists the facts and operators the API knows).</summary>
public sealed record RuleCondition
{
    public string Fact { get; set; } = "";

    public string Operator { get; set; } = "equals";

    public string? Value { get; set; }

    /// <summary>With the barcode fact: only barcodes of this format.</summary>
    public string? Symbology { get; set; }
}

/// <summary>What a matching rule does; which of the other properties counts depends on <see cref="Kind"/>.</summary>
public sealed record RuleAction
{
    public string Kind { get; set; } = "exception";

    public string? OrderFrom { get; set; }

    public string? Role { get; set; }

    public int? Priority { get; set; }

    public string? Reason { get; set; }
}

/// <summary>A published version of the rules (<see cref="Rules"/> is left out of history listings).</summary>
public sealed record RuleSetVersion(int Version, RoutingRules? Rules, string PublishedBy, DateTimeOffset PublishedAt, string Comment);

public enum RoutingOutcome
{
    AttachToOrder,
    CreateDraftOrder,
    Inbox,
    ManualIndexing,
    Exception,

    /// <summary>An outcome a newer server knows: shown as unknown, never guessed.</summary>
    Unknown = -1,
}

/// <summary>Where a document goes, by which rule of which version, and why.</summary>
public sealed record RoutingDecision(RoutingOutcome Outcome, string? OrderNumber, string? Role, int Priority, int RuleSetVersion, string? RuleId,
    IReadOnlyList<string> MatchedRules, string Reason);

/// <summary>How many of the last documents the draft would route differently, with up to 100 of them.</summary>
public sealed record ReplayReport(int Documents, int Changed, IReadOnlyList<ReplayChange> Changes);

public sealed record ReplayChange(string DocumentId, RoutingDecision Before, RoutingDecision After);
