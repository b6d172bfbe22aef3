using Bunit;
using MudBlazor;

namespace DexFlow.Web.Tests.Components;

/// <summary>
/// A component context with MudBlazor's popover provider rendered, where selects show their options. Its services
/// can only be disposed asynchronously, which xUnit does through <see cref="IAsyncLifetime"/>.
/// </summary>
public abstract class PopoverTestContext : ComponentTestContext, IAsyncLifetime
{
    private IRenderedComponent<MudPopoverProvider>? popovers;

    /// <summary>What the open popovers show (a select's options).</summary>
    protected IRenderedComponent<MudPopoverProvider> Popovers => popovers ??= Render<MudPopoverProvider>();

    public Task InitializeAsync()
    {
        _ = Popovers;
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
