using System.Net;
using Bunit;
using DexFlow.Web.Api;
using DexFlow.Web.Pages.Search;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Web.Tests.Components;

public sealed class SearchPageTests : PageTestContext
{
    private NavigationManager Nav => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public async Task The_orders_found_are_listed_each_linking_to_its_page()
    {
        Api.On(HttpMethod.Get, "/api/orders?text=acme%20flyer&page=1&pageSize=50", new OrderPage(
            [Summary("2026-000042", "Acme GmbH", "Spring flyer"), Summary("2026-000017", "Acme GmbH", "Autumn flyer")], 1, 50, 2));
        var page = await Search("Manager", "acme%20flyer", "[data-test=order-hit]");

        var hits = page.FindAll("[data-test=order-hit]");
        Assert.Equal(["2026-000042", "2026-000017"], hits.Select(hit => hit.GetAttribute("data-number")));
        Assert.Equal("orders/2026-000042", hits[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Acme GmbH", hits[0].TextContent);
        Assert.Contains("acme flyer", page.Find("[data-test=search-query]").TextContent);
        Assert.EndsWith("search?q=acme%20flyer", Nav.Uri);
    }

    [Fact]
    public async Task A_search_that_finds_nothing_says_so()
    {
        Api.On(HttpMethod.Get, "/api/orders?text=nobody&page=1&pageSize=50", new OrderPage([], 1, 50, 0));
        var page = await Search("Planner", "nobody", "[data-test=no-order-hits]");

        Assert.Empty(page.FindAll("[data-test=order-hit]"));
        Assert.Empty(page.FindAll("[data-test=problem]"));
    }

    [Fact]
    public async Task A_refused_search_shows_the_APIs_problem()
    {
        Api.Refuse(HttpMethod.Get, "/api/orders", HttpStatusCode.BadRequest, "One or more validation errors occurred.",
            new() { ["text"] = ["At most 200 characters."] });
        var page = await Search("Manager", new string('x', 10), "[data-test=problem]");

        Assert.Equal("One or more validation errors occurred.", page.Find("[data-test=problem-title]").TextContent);
        Assert.Contains("At most 200 characters.", page.Find("[data-test=problem-field]").TextContent);
        Assert.Empty(page.FindAll("[data-test=order-hit]"));
    }

    [Fact]
    public async Task An_order_number_typed_whole_opens_that_order()
    {
        Api.On(HttpMethod.Get, "/api/orders?text=2026-000042&page=1&pageSize=50", new OrderPage([Summary("2026-000042", "Acme GmbH", "Spring flyer")], 1, 50, 1));
        var page = await Search("Manager", "2026-000042", loaded: null);

        page.WaitForAssertion(() => Assert.Equal("http://localhost/orders/2026-000042", Nav.Uri));
    }

    [Fact]
    public async Task Part_of_a_number_lists_the_orders_it_begins_instead_of_opening_one()
    {
        Api.On(HttpMethod.Get, "/api/orders?text=000042&page=1&pageSize=50", new OrderPage([Summary("2026-000042", "Acme GmbH", "Spring flyer")], 1, 50, 1));
        await Search("Manager", "000042", "[data-test=order-hit]");

        Assert.EndsWith("search?q=000042", Nav.Uri);
    }

    [Fact]
    public async Task The_documents_found_are_listed_with_the_matched_words_marked_in_their_snippet_and_link_to_their_page()
    {
        Api.On(HttpMethod.Get, "/api/orders", new OrderPage([], 1, 50, 0));
        Api.On(HttpMethod.Get, "/api/search?q=proof&scope=Documents&page=1&pageSize=20", new SearchResults(
            [new SearchHit("Document", "p-1-d1", "Artwork notes", "2026-000042", DocumentType.Artwork, Samples.At, 0.6,
                [new SnippetPart("Please send the ", false), new SnippetPart("proof", true), new SnippetPart(" <b>today</b>", false)])],
            1, 20, More: false));
        var page = await Search("Clerk", "proof", "[data-test=document-hit]");

        var hit = page.Find("[data-test=document-hit]");
        Assert.Equal("documents/p-1-d1", hit.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("proof", hit.QuerySelector("mark")!.TextContent);
        // Text from a document is shown as text, never as markup.
        Assert.Contains("<b>today</b>", hit.TextContent, StringComparison.Ordinal);
        Assert.Empty(hit.QuerySelectorAll("b"));
        Assert.Empty(page.FindAll("[data-test=document-hits-next]"));
    }

    /// <summary>The results page at <c>search?q=</c> for a user with <paramref name="role"/>, once <paramref name="loaded"/> shows.</summary>
    private async Task<IRenderedComponent<SearchPage>> Search(string role, string query, string? loaded)
    {
        // Document hits are asked for beside the orders; tests of the orders' section find none.
        if (!Api.Handles(HttpMethod.Get, "/api/search"))
        {
            Api.On(HttpMethod.Get, "/api/search", new SearchResults([], 1, 20, More: false));
        }

        Services.AddSingleton(await Api.SignedIn(role));
        Services.AddSingleton(Api.Client);
        Nav.NavigateTo("search?q=" + query);
        var page = Render<SearchPage>();
        if (loaded is not null)
        {
            page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(loaded)));
        }

        return page;
    }

    private static OrderSummary Summary(string number, string customer, string title) =>
        new(number, OrderStage.InReview, 1, customer, "Flyer", title, 5000, new DateOnly(2026, 5, 4), "manager", "Mia Manager", Samples.At, Samples.At);
}
