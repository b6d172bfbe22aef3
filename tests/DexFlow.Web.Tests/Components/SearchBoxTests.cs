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
    public async Task Slash_takes_the_focus_unless_the_user_is_typing_in_another_field()
    {
        var box = Render<SearchBox>();
        Assert.Contains(JSInterop.Invocations, call => call.Identifier == "import" && Equals(call.Arguments[0], "./js/search.js"));

        var whileTyping = await box.InvokeAsync(() => box.Instance.SlashPressed(typingInAField: true));
        Assert.False(whileTyping);
        Assert.DoesNotContain(JSInterop.Invocations, IsFocus);

        var elsewhere = await box.InvokeAsync(() => box.Instance.SlashPressed(typingInAField: false));
        Assert.True(elsewhere);
        Assert.Contains(JSInterop.Invocations, IsFocus);
    }

    private static bool IsFocus(JSRuntimeInvocation call) => call.Identifier.EndsWith("focus", StringComparison.OrdinalIgnoreCase);
}
