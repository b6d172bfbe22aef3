using Bunit;
using DexFlow.Web.Api;
using DexFlow.Web.Auth;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Web.Tests.Components;

/// <summary>
/// A whole page against a <see cref="FakeApi"/>, signed in with a role.
/// </summary>
public abstract class PageTestContext : ComponentTestContext
{
    protected FakeApi Api { get; } = new();

    /// <summary>Renders the page for a user with <paramref name="role"/>, once it has read what it shows (<paramref name="loaded"/>).</summary>
    protected async Task<IRenderedComponent<T>> RenderAs<T>(string role, string loaded)
        where T : IComponent
    {
        Services.AddSingleton<AuthSession>(await Api.SignedIn(role));
        Services.AddSingleton<DexFlowClient>(Api.Client);
        Render<MudBlazor.MudPopoverProvider>();
        var page = Render<T>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(loaded)));
        return page;
    }
}
