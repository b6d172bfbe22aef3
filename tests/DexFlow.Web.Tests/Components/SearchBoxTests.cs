using Bunit;
using DexFlow.Web.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Web.Tests.Components;

public sealed class SearchBoxTests : ComponentTestContext
{
    private NavigationManager Nav => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public void Enter_opens_the_results_page_for_what_was_typed()
    {
        var box = Render<SearchBox>();

        box.Find("#search-box").Input("  Acme flyer ");
        box.Find("form").Submit();

        Assert.Equal("http://localhost/search?q=Acme%20flyer", Nav.Uri);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_query_goes_nowhere(string typed)
    {
        var box = Render<SearchBox>();
        var before = Nav.Uri;

        box.Find("#search-box").Input(typed);
        box.Find("form").Submit();

        Assert.Equal(before, Nav.Uri);
    }

    [Fact]
    public void The_slash_key_is_watched_for_the_search_boxs_own_field()
    {
        // What '/' does is the browser's (js/search.js), checked in SearchTests in a real browser in both render modes.
        var script = JSInterop.SetupModule("./js/search.js");

        var box = Render<SearchBox>();

        var listen = Assert.Single(script.Invocations, call => call.Identifier == "listenForSlash");
        Assert.Equal("search-box", listen.Arguments[0]);
        Assert.NotEmpty(box.FindAll("#search-box"));
    }
}
