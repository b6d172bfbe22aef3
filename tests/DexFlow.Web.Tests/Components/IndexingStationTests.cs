using System.Net;
using System.Text.Json.Nodes;
using Bunit;
using DexFlow.Web.Api;
using DexFlow.Web.Pages.Indexing;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DexFlow.Web.Tests.Components;

/// <summary>The clerk's indexing station: the extracted fields with their confidence beside the page, and corrections.</summary>
public sealed class IndexingStationTests : ComponentTestContext
{
    private const string Id = "p-0123456789abcdef01234567";
    private const string Next = "p-fedcba9876543210fedcba98";
    private const string Corrections = $"/api/parcels/{Id}/corrections";
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private readonly FakeApi api = new();

    public IndexingStationTests()
    {
        Services.AddSingleton(api.Client);
        api.On(HttpMethod.Get, $"/api/parcels/{Id}", Parcel(ParcelStage.ManualIndexing, route: null))
            .Bytes(HttpMethod.Get, $"/api/documents/{Id}-d1/pages/1/image?width=1400", [0x89, (byte)'P', (byte)'N', (byte)'G'], "image/png")
            .On(HttpMethod.Get, "/api/indexing/queue?stage=ManualIndexing&page=1&pageSize=10",
                new ParcelQueuePage([Summary(Id), Summary(Next)], 1, 10, 2));
    }

    [Fact]
    public void Each_field_shows_its_value_and_confidence_and_the_uncertain_ones_are_highlighted_in_words_too()
    {
        var station = Open();

        var customer = station.Find("[data-field=customer_name]");
        var order = station.Find("[data-field=order_number]");
        var quantity = station.Find("[data-field=quantity]");
        Assert.Equal(("true", "false", "false"), (customer.GetAttribute("data-low"), order.GetAttribute("data-low"), quantity.GetAttribute("data-low")));
        Assert.Contains("dexflow-field-low", customer.ClassList);
        Assert.Equal("Acme Gmbh", station.Find("#field-customer_name").GetAttribute("value"));
        Assert.Equal("2026-000101", station.Find("#field-order_number").GetAttribute("value"));
        Assert.Contains("Low confidence", customer.TextContent);
        Assert.Contains(0.35.ToString("P0"), customer.TextContent);
        Assert.Contains(0.95.ToString("P0"), order.TextContent);
        Assert.DoesNotContain("Low confidence", order.TextContent);
        Assert.Contains("Not found", quantity.TextContent);
        Assert.Equal("customer_name uncertain (35 %)", station.Find("[data-test=review-reason]").TextContent);
        station.WaitForAssertion(() => Assert.StartsWith("data:image/png;base64,", station.Find("[data-test=page-image]").GetAttribute("src")));
    }

    [Fact]
    public async Task Saving_sends_the_chosen_type_and_only_the_fields_the_clerk_changed_then_shows_where_the_parcel_went()
    {
        api.On(HttpMethod.Post, Corrections, Parcel(ParcelStage.Routed, new DocumentRoute(RouteKind.AttachToOrder, "2026-000101", "order number found", null, 0, 3, "by-order")));
        var station = Open();

        var type = station.FindComponent<MudSelect<DocumentType?>>();
        await station.InvokeAsync(() => type.Instance.ValueChanged.InvokeAsync(DocumentType.Correspondence));
        station.Find("#field-customer_name").Input("Acme GmbH");
        station.Find("#field-currency").Input("  EUR ");
        station.Find("#field-order_number").Input("");
        station.Find("[data-test=save-next]").Click();

        station.WaitForAssertion(() => Assert.Single(api.BodiesOf(HttpMethod.Post, Corrections)));
        var sent = JsonNode.Parse(api.BodiesOf(HttpMethod.Post, Corrections).Single()!)!;
        var expected = JsonNode.Parse("""
            {"documents":[{"index":0,"type":"Correspondence","fields":{"order_number":"","customer_name":"Acme GmbH","currency":"EUR"}}]}
            """);
        Assert.True(JsonNode.DeepEquals(expected, sent), sent.ToJsonString());
        station.WaitForAssertion(() => Assert.Equal("AttachToOrder", station.Find("[data-test=route-kind]").GetAttribute("data-kind")));
        Assert.Contains("2026-000101", station.Find("[data-test=routed]").TextContent);
        // The queue still lists the parcel just corrected (its read model follows a moment later): the next one opens.
        Assert.EndsWith($"indexing/{Next}", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public void Ctrl_enter_in_a_field_saves_and_opens_the_next_parcel_and_alt_q_skips_without_saving()
    {
        api.On(HttpMethod.Post, Corrections, Parcel(ParcelStage.Routed, new DocumentRoute(RouteKind.Exception, null, "no rule placed it", null, 0, 3, null)));
        var station = Open();

        station.Find("#field-customer_name").KeyDown(new KeyboardEventArgs { Key = "Enter", CtrlKey = true });

        station.WaitForAssertion(() => Assert.Single(api.BodiesOf(HttpMethod.Post, Corrections)));
        Assert.Equal("""{"documents":[]}""", api.BodiesOf(HttpMethod.Post, Corrections).Single());
        station.WaitForAssertion(() => Assert.Equal($"documents/{Id}-d1", station.Find("[data-test=exception-link]").GetAttribute("href")));
        Assert.EndsWith($"indexing/{Next}", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public void Alt_q_opens_the_next_parcel_without_saving()
    {
        var station = Open();

        station.Find("[data-test=station]").KeyDown(new KeyboardEventArgs { Key = "q", Code = "KeyQ", AltKey = true });

        station.WaitForAssertion(() => Assert.EndsWith($"indexing/{Next}", Services.GetRequiredService<NavigationManager>().Uri));
        Assert.Empty(api.BodiesOf(HttpMethod.Post, Corrections));
    }

    [Fact]
    public void Alt_n_moves_the_focus_to_the_field_after_the_one_the_clerk_was_in()
    {
        var station = Open();

        station.Find("[data-field=customer_name]").FocusIn();
        station.Find("#field-customer_name").KeyDown(new KeyboardEventArgs { Key = "n", Code = "KeyN", AltKey = true });
        station.Find("[data-test=next-field]").Click();

        string Reference(string field) => station.Find($"#field-{field}").GetAttribute("blazor:elementreference")!;
        station.WaitForAssertion(() => Assert.Equal([Reference("customer_reference"), Reference("quantity")],
            JSInterop.Invocations.Where(call => call.Identifier.EndsWith(".focus", StringComparison.Ordinal))
                .Select(call => ((ElementReference)call.Arguments[0]!).Id)));
        Assert.Empty(api.BodiesOf(HttpMethod.Post, Corrections));
    }

    [Fact]
    public void A_problem_the_api_names_for_a_field_is_shown_at_that_field_and_the_clerk_stays_on_the_parcel()
    {
        api.Refuse(HttpMethod.Post, Corrections, HttpStatusCode.BadRequest, "The request is not valid.",
            new() { ["documents[0].fields.customer_name"] = ["At most 4000 characters."] });
        var station = Open();

        station.Find("#field-customer_name").Input(new string('x', 4001));
        station.Find("[data-test=save-next]").Click();

        station.WaitForAssertion(() => Assert.Contains("At most 4000 characters.", station.Find("[data-field=customer_name]").TextContent));
        Assert.DoesNotContain("At most 4000 characters.", station.Find("[data-field=order_number]").TextContent);
        Assert.Equal("The request is not valid.", station.Find("[data-test=problem-title]").TextContent);
        Assert.EndsWith("http://localhost/", Services.GetRequiredService<NavigationManager>().Uri);
        Assert.Empty(station.FindAll("[data-test=routed]"));
    }

    [Fact]
    public void A_parcel_that_no_longer_waits_for_indexing_is_shown_without_the_form()
    {
        api.On(HttpMethod.Get, $"/api/parcels/{Id}", Parcel(ParcelStage.Failed, route: null) with
        {
            Failure = new ParcelFailure("Indexing", "the page image could not be decoded", 3, At, true),
        });

        var station = Open();

        Assert.Empty(station.FindAll("[data-test=document-form]"));
        Assert.Equal("the page image could not be decoded", station.Find("[data-test=failure]").TextContent);
    }

    private IRenderedComponent<IndexingStation> Open()
    {
        var station = Render<IndexingStation>(parameters => parameters.Add(page => page.ParcelId, Id));
        station.WaitForElement("[data-test=station]");
        return station;
    }

    private static ParcelView Parcel(ParcelStage stage, DocumentRoute? route) => new(
        Id, stage, 4, "rest-upload", CaptureChannel.Upload, At, At, "clerk", null,
        [new DocumentFile(0, "letter.png", "image/png", 1, null)],
        [],
        [
            new ParcelDocumentView($"{Id}-d1", 0, route is null ? null : DocumentType.Correspondence, 0.2, "no type's keywords found", [1],
                [new FieldValue("customer_name", "Acme Gmbh", 0.35, "ocr"), new FieldValue("order_number", "2026-000101", 0.95, "barcode")],
                route is null ? ["customer_name uncertain (35 %)"] : [], route),
        ],
        null,
        []);

    private static ParcelSummary Summary(string id) => new(id, ParcelStage.ManualIndexing, "rest-upload", CaptureChannel.Upload, At, At, 1, "no readable text or barcode", "Clerk", null);
}
