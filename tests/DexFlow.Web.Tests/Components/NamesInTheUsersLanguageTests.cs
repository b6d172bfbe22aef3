using System.Globalization;
using Bunit;
using DexFlow.Web.Api;
using DexFlow.Web.Localization;
using DexFlow.Web.Pages.Admin.Rules;
using DexFlow.Web.Pages.Audit;
using DexFlow.Web.Pages.Indexing;

namespace DexFlow.Web.Tests.Components;

/// <summary>What the API sends as names (outcomes, roles, sources, keys) reaches a German user in German, not as the API spells it.</summary>
public sealed class NamesInTheUsersLanguageTests : PageTestContext
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public NamesInTheUsersLanguageTests() => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = AppCultures.For("de");

    [Fact]
    public async Task The_sign_in_audit_names_each_outcome()
    {
        Api.On(HttpMethod.Get, "/api/audit/sign-ins", new SignInAuditPage(
        [
            new SignInAuditEntry(2, At, "ada", "10.0.0.7", SignInOutcome.Throttled, "per address"),
            new SignInAuditEntry(1, At, "ada", "10.0.0.7", SignInOutcome.SignedIn, null),
        ], null));

        var page = await RenderAs<AuditPage>("Auditor", "[data-test=sign-in]");

        Assert.Equal(["Gebremst: zu viele Versuche", "Angemeldet"], page.FindAll("[data-test=sign-in] td:nth-child(4)").Select(cell => cell.TextContent));
    }

    [Fact]
    public void A_routing_decision_names_its_outcome_and_the_role_whose_inbox_it_chose()
    {
        var decision = new RoutingDecision(RoutingOutcome.Inbox, null, "Accountant", 0, 4, "invoices", ["invoices"], "an invoice");

        var shown = Render<DecisionText>(parameters => parameters.Add(text => text.Decision, decision));

        Assert.Equal("Eingangskorb", shown.Find("[data-outcome] strong").TextContent);
        Assert.StartsWith("Eingangskorb Buchhaltung", shown.Find("[data-outcome]").TextContent.Trim());
    }

    [Fact]
    public void A_routed_parcel_names_where_each_document_went_and_whose_inbox()
    {
        var route = new DocumentRoute(RouteKind.Inbox, null, "an invoice", "Accountant", 0, 4, "invoices");
        var parcel = IntakeListTests.Parcel("p-000000000000000000000041", ParcelStage.Routed) with
        {
            Documents = [new ParcelDocumentView("p-000000000000000000000041-d1", 0, DocumentType.Invoice, 0.9, "", [1], [], [], route)],
        };

        var shown = Render<RoutedResult>(parameters => parameters.Add(result => result.Parcel, parcel));

        Assert.Equal("Eingangskorb", shown.Find("[data-test=route-kind]").TextContent);
        Assert.Equal("Buchhaltung", shown.Find("[data-test=route-role]").TextContent.Trim());
        Assert.StartsWith("Rechnung", shown.Find("[data-test=routed-document]").TextContent.Trim());
    }

    [Fact]
    public void A_fields_source_and_the_shortcut_keys_are_named_as_a_german_user_knows_them()
    {
        var document = new ParcelDocumentView("p-000000000000000000000042-d1", 0, DocumentType.Invoice, 0.9, "", [1],
            [new FieldValue("customer_name", "Acme GmbH", 1.0, "clerk")], [], null);

        var form = Render<DocumentIndexForm>(parameters => parameters.Add(f => f.Edit, new DocumentEdit(document)));
        var keys = Render<ShortcutList>();

        Assert.Contains("von Hand erfasst", form.Find("[data-field=customer_name]").TextContent);
        var named = keys.FindAll("kbd").Select(key => key.TextContent).ToArray();
        Assert.Contains("Strg", named);
        Assert.Contains("Bild auf", named);
        Assert.DoesNotContain("Ctrl", named);
    }
}
