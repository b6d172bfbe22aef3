using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Bunit;
using DexFlow.Web.Api;
using DexFlow.Web.Pages.OrderForm;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Web.Tests.Components;

public sealed class OrderFormTests : PopoverTestContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);
    private readonly FakeApi api = new();

    public OrderFormTests()
    {
        api.On(HttpMethod.Get, "/api/pricing/price-list", Samples.PriceList);
        api.On(HttpMethod.Post, "/api/pricing/estimate", request =>
            FakeApi.Json(Samples.EstimateFor(request.Json["specification"]!["quantity"]!.GetValue<int>())));
        Services.AddSingleton(api.Client);
    }

    [Fact]
    public void The_pickers_offer_the_paper_stocks_and_finishing_operations_of_the_price_list_in_force()
    {
        var form = Render<OrderFormPage>();
        form.WaitForElement("[data-test=form-specification]", Patience);

        Assert.Equal(["cutting", "folding", "lamination"], form.FindAll("[data-test=finishing] label").Select(label => label.TextContent.Trim()));
        OpenSelect(form, "Paper stock");
        var options = Popovers.FindAll("[role=option]");
        Assert.Equal(["Gloss 135 g/m² (gloss-135)", "Matt 300 g/m² (matt-300)"], options.Select(option => option.TextContent.Trim()));

        options[1].Click();

        form.WaitForAssertion(() => Assert.Equal("Matt 300 g/m² (matt-300)", Input(form, "Paper stock").GetAttribute("value")), Patience);
    }

    [Fact]
    public void Validation_problems_from_the_api_are_shown_at_the_fields_they_name_and_in_the_problem()
    {
        api.On(HttpMethod.Post, "/api/orders", _ => FakeApi.Problem(HttpStatusCode.BadRequest, "The request has invalid fields.", new()
        {
            ["customer.name"] = ["Required."],
            ["specification.quantity"] = ["Must be between 1 and 10,000,000."],
            ["specification.finishing[0]"] = ["'gilding' is not in the price list."],
        }));
        var form = Render<OrderFormPage>();
        form.WaitForElement("[data-test=form-specification]", Patience);

        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Equal("Required.", HelperText(form, "customer-name")), Patience);
        Assert.Equal("true", form.Find("#customer-name").GetAttribute("aria-invalid"));
        Assert.Equal("Must be between 1 and 10,000,000.", HelperText(form, "spec-quantity"));
        Assert.Equal("'gilding' is not in the price list.", form.Find("[data-test=finishing-problem]").TextContent.Trim());
        Assert.Null(HelperText(form, "spec-title"));
        Assert.Equal("The request has invalid fields.", form.Find("[data-test=problem-title]").TextContent);
        Assert.Equal(3, form.FindAll("[data-test=problem-field]").Count);
    }

    [Fact]
    public void A_changed_quantity_is_priced_once_the_typing_rests_and_the_estimate_shows_in_the_current_culture()
    {
        // The test host runs without ICU, so a culture with German separators is made from the invariant one.
        var culture = CultureInfo.CurrentCulture;
        var german = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        german.NumberFormat.NumberDecimalSeparator = ",";
        german.NumberFormat.NumberGroupSeparator = ".";
        CultureInfo.CurrentCulture = german;
        try
        {
            PricedOnceTypingRests();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    private void PricedOnceTypingRests()
    {
        api.On(HttpMethod.Get, "/api/orders/2026-000010", Samples.Order("2026-000010", OrderStage.Completed));
        var form = FromTemplate("2026-000010");
        form.WaitForAssertion(() => Assert.Equal("500,00 EUR", form.Find("[data-test=estimate-net]").TextContent), Patience);
        Assert.Equal("595,00 EUR", form.Find("[data-test=estimate-gross]").TextContent);
        Assert.Equal(2, form.FindAll("[data-test=estimate-line]").Count);

        foreach (var typed in new[] { "7", "75", "750", "7500" })
        {
            form.Find("#spec-quantity").Input(typed);
        }

        form.WaitForAssertion(() => Assert.Equal("750,00 EUR", form.Find("[data-test=estimate-net]").TextContent), Patience);
        var priced = api.Sent.Where(request => request.Path == "/api/pricing/estimate")
            .Select(request => request.Json["specification"]!["quantity"]!.GetValue<int>());
        Assert.Equal([5000, 7500], priced);
    }

    [Fact]
    public void An_estimate_problem_is_shown_beside_the_form_which_stays_editable()
    {
        api.On(HttpMethod.Post, "/api/pricing/estimate", _ => FakeApi.Problem(HttpStatusCode.BadRequest, "The request has invalid fields.",
            new() { ["specification.coloursFront"] = ["At least one side must be printed."] }));
        api.On(HttpMethod.Get, "/api/orders/2026-000010", Samples.Order("2026-000010", OrderStage.Completed));
        var form = FromTemplate("2026-000010");

        var problem = form.WaitForElement("[data-test=estimate] [data-test=problem-field]", Patience);

        Assert.Contains("At least one side must be printed.", problem.TextContent);
        Assert.Null(form.Find("#spec-colours-front").GetAttribute("disabled"));
        Assert.Null(form.Find("[data-test=save]").GetAttribute("disabled"));
    }

    [Fact]
    public void From_a_template_the_form_starts_with_its_customer_and_specification_and_a_double_save_is_one_request()
    {
        api.On(HttpMethod.Get, "/api/orders/2026-000010", Samples.Order("2026-000010", OrderStage.Completed));
        api.On(HttpMethod.Post, "/api/orders", Samples.Order("2026-000011"), HttpStatusCode.Created);
        var form = FromTemplate("2026-000010");
        form.WaitForElement("#customer-name", Patience);

        Assert.Equal("Acme GmbH", form.Find("#customer-name").GetAttribute("value"));
        Assert.Equal("DE123456789", form.Find("#customer-vat").GetAttribute("value"));
        Assert.Equal("5000", form.Find("#spec-quantity").GetAttribute("value"));
        Assert.Equal("2026-05-04", form.Find("#spec-due-date").GetAttribute("value"));
        Assert.Equal("Gloss 135 g/m² (gloss-135)", Input(form, "Paper stock").GetAttribute("value"));
        Assert.Equal([true, false, false], form.FindAll("[data-test=finishing] input[type=checkbox]").Select(box => box.HasAttribute("checked")));
        Assert.Contains("2026-000010", form.Find("[data-test=form-heading]").TextContent);

        form.Find("form").Submit();
        form.WaitForAssertion(() => Assert.EndsWith("orders/2026-000011", Services.GetRequiredService<NavigationManager>().Uri), Patience);
        form.Find("form").Submit();
        form.WaitForAssertion(() => Assert.Equal(2, Creations().Count), Patience);

        var created = Creations();
        var body = created[0].Json;
        Assert.Equal("2026-000010", body["templateOrder"]!.GetValue<string>());
        Assert.Equal("Acme GmbH", body["customer"]!["name"]!.GetValue<string>());
        Assert.Equal(["cutting"], body["specification"]!["finishing"]!.AsArray().Select(code => code!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(created[0].Header("Idempotency-Key")));
        Assert.Equal(created[0].Header("Idempotency-Key"), created[1].Header("Idempotency-Key"));

        form.Find("#spec-title").Input("Summer flyer");
        form.Find("form").Submit();
        form.WaitForAssertion(() => Assert.Equal(3, Creations().Count), Patience);
        Assert.NotEqual(created[0].Header("Idempotency-Key"), Creations()[2].Header("Idempotency-Key"));
    }

    [Fact]
    public void Saving_an_edit_sends_the_orders_etag_and_a_412_asks_to_reload_instead_of_overwriting()
    {
        api.On(HttpMethod.Get, "/api/orders/2026-000012", Samples.Order("2026-000012", OrderStage.AdjustmentsRequired, version: 7));
        api.On(HttpMethod.Put, "/api/orders/2026-000012", _ => FakeApi.Problem(HttpStatusCode.PreconditionFailed, "The object has changed since you read it."));
        var form = Render<OrderFormPage>(parameters => parameters.Add(page => page.Number, "2026-000012"));
        form.WaitForElement("#customer-name", Patience);

        form.Find("#spec-quantity").Input("6000");
        form.Find("form").Submit();

        form.WaitForElement("[data-test=conflict]", Patience);
        var edit = api.Sent.Single(request => request.Method == HttpMethod.Put);
        Assert.Equal("\"7\"", edit.Header("If-Match"));
        Assert.Equal(6000, edit.Json["specification"]!["quantity"]!.GetValue<int>());
        Assert.NotNull(form.Find("[data-test=save]").GetAttribute("disabled"));
        Assert.Empty(form.FindAll("[data-test=problem]"));
    }

    /// <summary>The form at <c>orders/new?template=</c>, as a manager reaches it from an order's "use as template".</summary>
    private IRenderedComponent<OrderFormPage> FromTemplate(string number)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"orders/new?template={number}");
        return Render<OrderFormPage>();
    }

    private List<SentRequest> Creations() => [.. api.Sent.Where(request => request.Method == HttpMethod.Post && request.Path == "/api/orders")];

    /// <summary>The input of the select labelled <paramref name="label"/> (MudSelect labels its input with aria-label).</summary>
    private static IElement Input(IRenderedComponent<OrderFormPage> form, string label) => form.Find($"input[aria-label='{label}']");

    private static void OpenSelect(IRenderedComponent<OrderFormPage> form, string label) =>
        Input(form, label).Closest(".mud-input-control")!.MouseDown();

    /// <summary>The error text shown under the input with <paramref name="id"/>, or null when there is none.</summary>
    private static string? HelperText(IRenderedComponent<OrderFormPage> form, string id) =>
        form.Find($"#{id}").Closest(".mud-input-control")!.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim();
}
