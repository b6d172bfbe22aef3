namespace DexFlow.Web.Api;

/// <summary>
/// The administrator's configuration (routing rules, price list, resources, capture points) and the auditor's
/// sign-in audit. Auditors read all of it; the API refuses their changes.
/// </summary>
public sealed partial class DexFlowClient
{
    public Task<RuleSetVersion> RoutingRules(CancellationToken cancellationToken = default) =>
        Get<RuleSetVersion>("api/routing/rules", cancellationToken);

    /// <summary>Every published version of the rules, newest first, without the rules themselves.</summary>
    public Task<IReadOnlyList<RuleSetVersion>> RoutingRuleHistory(CancellationToken cancellationToken = default) =>
        Get<IReadOnlyList<RuleSetVersion>>("api/routing/rules/history", cancellationToken);

    public Task<RuleSetVersion> RoutingRuleVersion(int version, CancellationToken cancellationToken = default) =>
        Get<RuleSetVersion>($"api/routing/rules/{version}", cancellationToken);

    /// <summary>Publishes the rules as the next version; the API checks them first and names every problem by its path.</summary>
    public Task<RuleSetVersion> PublishRoutingRules(RoutingRules rules, string comment, CancellationToken cancellationToken = default) =>
        Send<RuleSetVersion>(HttpMethod.Put, "api/routing/rules", new { rules, comment }, cancellationToken);

    /// <summary>What <paramref name="draft"/> (or, without one, the rules in force) decides for each document of the parcel.</summary>
    public Task<IReadOnlyList<RoutingDecision>> DryRun(string parcelId, RoutingRules? draft, CancellationToken cancellationToken = default) =>
        Send<IReadOnlyList<RoutingDecision>>(HttpMethod.Post, "api/routing/dry-run", new { parcelId, rules = draft }, cancellationToken);

    public Task<ReplayReport> Replay(RoutingRules draft, int last, CancellationToken cancellationToken = default) =>
        Send<ReplayReport>(HttpMethod.Post, "api/routing/replay", new { rules = draft, last }, cancellationToken);

    public Task<PriceListVersion> PriceList(CancellationToken cancellationToken = default) =>
        Get<PriceListVersion>("api/pricing/price-list", cancellationToken);

    public Task<IReadOnlyList<PriceListVersion>> PriceListHistory(CancellationToken cancellationToken = default) =>
        Get<IReadOnlyList<PriceListVersion>>("api/pricing/price-list/history", cancellationToken);

    public Task<PriceListVersion> PriceListVersion(int version, CancellationToken cancellationToken = default) =>
        Get<PriceListVersion>($"api/pricing/price-list/{version}", cancellationToken);

    public Task<PriceListVersion> PublishPriceList(PriceList priceList, string comment, CancellationToken cancellationToken = default) =>
        Send<PriceListVersion>(HttpMethod.Put, "api/pricing/price-list", new { priceList, comment }, cancellationToken);

    public Task<IReadOnlyList<ResourceView>> Resources(CancellationToken cancellationToken = default) =>
        Get<IReadOnlyList<ResourceView>>("api/resources", cancellationToken);

    /// <summary>Adds the resource, or changes it when the id is taken.</summary>
    public Task<ResourceView> PutResource(string id, ResourceSettings settings, CancellationToken cancellationToken = default) =>
        Send<ResourceView>(HttpMethod.Put, $"api/resources/{Uri.EscapeDataString(id)}", settings, cancellationToken);

    public Task<IReadOnlyList<CapturePointView>> CapturePoints(CancellationToken cancellationToken = default) =>
        Get<IReadOnlyList<CapturePointView>>("api/capture-points", cancellationToken);

    /// <summary>Creates the capture point, or changes it when the id is taken.</summary>
    public Task<CapturePointView> ConfigureCapturePoint(string id, CapturePointSettings settings, CancellationToken cancellationToken = default) =>
        Send<CapturePointView>(HttpMethod.Put, $"api/capture-points/{Uri.EscapeDataString(id)}", settings, cancellationToken);

    /// <summary>Sign-in attempts, newest first; <paramref name="before"/> is the previous page's <see cref="SignInAuditPage.Next"/>.</summary>
    public Task<SignInAuditPage> SignIns(string? userName, string? clientAddress, long? before, int limit, CancellationToken cancellationToken = default) =>
        Get<SignInAuditPage>(Query("api/audit/sign-ins", ("userName", userName), ("clientAddress", clientAddress),
            ("before", before?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture))), cancellationToken);
}
